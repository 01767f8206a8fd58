/** "ngày 15 tháng 10 năm 2024": the way Vietnamese documents write a date. */
export function formatVietnameseDate(date: Date): string {
  return `ngày ${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
}
