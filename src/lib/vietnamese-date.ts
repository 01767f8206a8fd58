/** "ngày 15 tháng 10 năm 2024": the way Vietnamese documents write a date. */
export function formatVietnameseDate(date: Date): string {
  return `ngày ${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
}

/** "15/10/2024": the short form used in tables. */
export function formatShortDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}
