/** Pages made by src/pages/ outside the outline's sections, by site path. */
export const STATIC_PAGES = ['index.html', 'toan-van.html', 'hieu-dinh.html', 'tim-kiem.html', '404.html'] as const;
