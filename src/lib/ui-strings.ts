/**
 * Every Vietnamese word the interface says, in one place so the wording can be
 * reviewed together. Keys are dotted by area: `nav.*`, `page.*`, `search.*`.
 */
const vi = {
  'site.skipToContent': 'Bỏ qua, đến nội dung chính',
  'site.home': 'Trang chủ',
  'site.footer': 'Tài liệu học tập nội bộ của {cell}. Văn bản đề cương giữ nguyên văn; các chỗ hiệu đính được liệt kê tại trang Hiệu đính.',
  'nav.menu': 'Mục lục',
  'nav.outline': 'Mục lục đề cương',
  'nav.breadcrumbs': 'Vị trí trong đề cương',
  'nav.previous': 'Trước',
  'nav.next': 'Tiếp',
  'nav.prevNext': 'Chuyển trang',
  'nav.fullText': 'Toàn văn đề cương',
  'nav.corrections': 'Hiệu đính',
  'nav.search': 'Tìm kiếm',
  'toc.title': 'Trong trang này',
  'home.start': 'Bắt đầu đọc',
  'home.readAll': 'Đọc toàn văn',
  'home.map': 'Sơ đồ đề cương',
  'home.issuedBy': 'Đơn vị ban hành',
  'home.date': 'Ngày',
  'home.reporter': 'Người báo cáo',
  'page.readingTime': '{minutes} phút đọc',
  'page.part': 'Phần {part}',
  'page.contains': 'Gồm các mục',
  'page.areas': 'Lĩnh vực cải cách',
  'page.cites': 'Văn bản được viện dẫn',
  'fix.title': 'Đã hiệu đính; nguyên văn: “{original}”',
  'fix.probable': 'Hiệu đính (khả năng cao); nguyên văn: “{original}”',
  'editorNote.label': 'Ghi chú biên tập',
  'corrections.title': 'Hiệu đính và ghi chú biên tập',
  'corrections.intro':
    'Trang web giữ nguyên văn đề cương. Chỉ những chỗ dưới đây khác bản gốc: lỗi chính tả, lỗi gõ và số thứ tự mục bị mất được sửa trong văn bản đọc; mỗi chỗ ghi rõ nguyên văn. Ghi chú biên tập không sửa câu chữ của đề cương.',
  'corrections.where': 'Vị trí',
  'corrections.original': 'Nguyên văn',
  'corrections.corrected': 'Đã sửa thành',
  'corrections.why': 'Lý do',
  'corrections.probable': '(khả năng cao, chưa chắc chắn)',
  'corrections.kind.sua-loi': 'Lỗi chính tả, lỗi gõ',
  'corrections.kind.danh-so': 'Đánh số lại mục',
  'corrections.kind.ghi-chu': 'Ghi chú biên tập',
  'corrections.dropped': 'Các dòng “Lượt xem:” và “Đọc bài viết” ở đầu bản chép từ trang web không thuộc đề cương nên được bỏ.',
  'fullText.title': 'Toàn văn',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang bạn tìm không có trong tài liệu này. Hãy quay về trang chủ hoặc xem toàn văn đề cương.',
  'search.label': 'Tìm trong đề cương',
  'search.placeholder': 'Tìm: dụng nhân, chữ ký số…',
  'search.submit': 'Tìm',
  'search.title': 'Tìm kiếm',
  'search.intro': 'Gõ có dấu hay không dấu đều được (“dao duc” cũng tìm ra “đạo đức”). Đặt cụm từ trong ngoặc kép để tìm đúng cụm đó.',
  'search.empty': 'Nhập từ cần tìm, ví dụ: dụng nhân như dụng mộc, chữ ký số, nghị định 90.',
  'search.noWords': 'Hãy nhập chữ hoặc số: chỉ có dấu câu thì không tìm được.',
  'search.none': 'Không tìm thấy kết quả nào cho “{query}”. Thử bớt từ, kiểm tra chính tả, hoặc gõ không dấu.',
  'search.count': 'Tìm thấy {count} kết quả cho “{query}”.',
  'search.loading': 'Đang tìm…',
  'search.noIndex': 'Chức năng tìm kiếm chỉ có sau khi build trang (npm run build). Khi xem thử bằng npm run dev thì chưa có chỉ mục tìm kiếm.',
  'search.noScript': 'Trang tìm kiếm cần bật JavaScript. Bạn vẫn có thể đọc toàn văn đề cương và dùng chức năng tìm trong trang của trình duyệt (Ctrl+F).',
  'search.shortcut': 'Phím tắt: / hoặc Ctrl+K',
} as const;

export type UiKey = keyof typeof vi;

/** The Vietnamese text for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
