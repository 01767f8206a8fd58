/** Pages made by src/pages/ outside the outline's sections and the document and area pages, by site path. */
export const STATIC_PAGES = [
  'index.html',
  'toan-van.html',
  'hieu-dinh.html',
  'tim-kiem.html',
  'trich-dan.html',
  'thuat-ngu.html',
  'phieu-lien-he.html',
  'van-ban/index.html',
  'linh-vuc/index.html',
  '404.html',
] as const;

/** The offline copy of the whole site (a zip for a USB stick), written by src/integrations/offline-zip.ts. */
export const OFFLINE_ZIP = 'ban-ngoai-tuyen.zip';
