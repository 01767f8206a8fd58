/** "ngày 15 tháng 10 năm 2024": the way Vietnamese documents write a date. */
export function formatVietnameseDate(date: Date): string {
  return `ngày ${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
}

/** "15/10/2024", "5/1/2025": day and month without a leading zero, as the outline's text writes its dates ("ngày 18/11/2020"). */
export function shortVietnameseDate(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}
