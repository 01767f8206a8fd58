/**
 * Everyday phrases a teacher types, made of common words, with and without tone marks, and
 * words of the passage each must find: among the first three results there must be one whose
 * paragraph holds these words. Used by the browser search tests and the bench.
 */
export const EVERYDAY_QUERIES: Array<[query: string, passage: string]> = [
  ['một cửa', 'cơ chế một cửa tiếp tục'],
  ['mot cua', 'cơ chế một cửa tiếp tục'],
  ['cơ chế một cửa', 'cơ chế một cửa tiếp tục'],
  ['của dân do dân vì dân', 'do dân'],
  ['kỷ luật kỷ cương', 'kỷ luật, kỷ cương hành chính'],
  ['ky luat ky cuong', 'kỷ luật, kỷ cương hành chính'],
  ['tinh giản biên chế', 'tinh giản biên chế'],
  ['tinh gian bien che', 'tinh giản biên chế'],
  ['vị trí việc làm', 'vị trí việc làm'],
  ['nâng cao chất lượng đội ngũ', 'nâng cao chất lượng đội ngũ'],
  ['nang cao chat luong doi ngu', 'nâng cao chất lượng đội ngũ'],
  ['sự hài lòng của nhân dân', 'sự hài lòng, sự tín nhiệm của nhân dân'],
  ['su hai long cua nhan dan', 'sự hài lòng, sự tín nhiệm của nhân dân'],
  ['phục vụ nhân dân', 'phục vụ nhân dân'],
  ['thủ tục hành chính còn rườm rà', 'rườm rà, phức tạp'],
  ['thu tuc ruom ra phuc tap', 'rườm rà, phức tạp'],
  ['quan liêu giấy tờ cồng kềnh', 'quan liêu, giấy tờ, cồng kềnh'],
  ['quan lieu cong kenh', 'quan liêu, giấy tờ, cồng kềnh'],
  ['tổ chức phải gọn gàng', 'Tổ chức phải gọn gàng'],
  ['dụng nhân như dụng mộc', 'dụng nhân như dụng mộc'],
  ['dân biết dân bàn dân làm', 'Dân biết, dân bàn, dân làm'],
  ['tất cả quyền bính', 'Tất cả quyền bính trong nước'],
  ['thanh toán không dùng tiền mặt', 'thanh toán không dùng tiền mặt'],
  ['thanh toan khong dung tien mat', 'thanh toán không dùng tiền mặt'],
  // Typed with the tone on the other vowel than the outline writes it ("hoá" for "hóa").
  ['hiện đại hoá nền công vụ', 'hiện đại hóa nền công vụ'],
  ['chìa khoá vạn năng', 'chìa khóa vạn năng'],
  ['tình trạng tuỳ tiện', 'tình trạng tùy tiện'],
  // Typed with "i" as schoolbooks write it, where the outline writes "y" ("kĩ" for "kỹ").
  ['kỉ luật kỉ cương', 'kỷ luật, kỷ cương hành chính'],
  ['kĩ năng hành chính', 'có kỹ năng hành chính tốt'],
  ['lí luận và thực tiễn', 'lý luận và thực tiễn'],
  ['chữ ký số cá nhân', 'chữ ký số cá nhân'],
  ['hách dịch cửa quyền tham nhũng', 'hách dịch, cửa quyền, tham nhũng'],
  ['hach dich cua quyen', 'hách dịch, cửa quyền'],
  ['văn bản điện tử', 'văn bản điện tử'],
  ['thứ năm', 'Thứ năm, hoạt động của bộ máy'],
  ['ít mà tốt', 'ít mà tốt'],
  ['đánh giá viên chức', 'Đánh giá viên chức theo đúng yêu cầu'],
  ['nhà nước pháp quyền', 'nhà nước pháp quyền'],
  ['an toàn thông tin', 'an toàn thông tin'],
  ['chính sách tiền lương', 'chính sách tiền lương'],
  // The secretary looking for where to write the cell's Part B.
  ['phiếu liên hệ', 'tự liên hệ với cơ quan, đơn vị mình'],
  ['phan b', 'tự liên hệ với cơ quan, đơn vị mình'],
  // A part or a section by the name the site gives it (the outline's headings say "A. PHẦN LÝ LUẬN", "C. KẾT LUẬN").
  ['phần A', 'PHẦN LÝ LUẬN'],
  ['phan c', 'KẾT LUẬN'],
  ['mục A.II.1', 'Quan điểm của Đảng ta về cải cách nền hành chính quốc gia'],
  // Questions typed as sentences: nothing holds every word; their words that ask are left out first.
  ['trường mình đã làm được gì về chuyển đổi số', 'công tác chuyển đổi số của Trường'],
  // "Bác Hồ" is searched as "Hồ Chí Minh" and "nói gì" asks: A.I, Hồ Chí Minh's view of the administration.
  ['Bác Hồ nói gì về cải cách hành chính', 'Chủ tịch Hồ Chí Minh đã lập tức quyết định nhiều chủ trương quan trọng'],
  // How teachers name Hồ Chí Minh; the outline never says "Bác" nor "HCM" (synonyms.ts, SPOKEN_NAMES).
  ['bac ho', 'Chủ tịch Hồ Chí Minh'],
  ['tư tưởng HCM về cải cách hành chính', 'Vận dụng tư tưởng Hồ Chí Minh về xây dựng nền hành chính nhà nước'],
  ['vì sao phải tinh giản biên chế', 'Thực hiện tinh giản biên chế còn chậm'],
  // Every word but the one that asks is on many pages: "gì" must not be needed ("Phần A: đề cương nói gì" has it).
  ['cải cách hành chính là gì', 'Cải cách hành chính là một chủ trương đúng đắn'],
  // The same question typed without a single mark, as on many phones: "la gi" is "là gì", not two more words to find ("gi" begins "giá").
  ['cai cach hanh chinh la gi', 'Cải cách hành chính là một chủ trương đúng đắn'],
  ['mot cua la gi', 'cơ chế một cửa'],
  // Toneless, with an everyday "o" ("ở"), which the passage need not have.
  ['cai cach thu tuc hanh chinh o truong', 'quán triệt các quy định về kiểm soát TTHC'],
  ['chuyen doi so o truong', 'nhà trường đã sử dụng có hiệu quả các phần mềm để thực hiện chuyển đổi số'],
  // "nói gì" asks what the outline says: "nói" need not stand in the passage.
  ['Bác Hồ nói gì về cán bộ', 'dụng nhân như dụng mộc'],
  // "làm gì", "làm được gì" ask what the school did: Part B tells it without the word "làm".
  ['nhà trường đã làm gì để cải cách thủ tục hành chính', 'quán triệt các quy định về kiểm soát TTHC'],
  // Toneless: "truong minh" is "trường mình", the "de" after "gì" is "để".
  ['truong minh lam gi de cai cach thu tuc hanh chinh', 'quán triệt các quy định về kiểm soát TTHC'],
  ['truong minh da lam duoc gi ve chuyen doi so', 'nhà trường đã sử dụng có hiệu quả các phần mềm để thực hiện chuyển đổi số'],
  // A congress by its number, typed in Arabic numerals (the outline writes "Đại hội lần thứ XIII").
  ['đại hội 13', 'XIII'],
  // What a Party cell says of Part B; the outline never says "bản thân".
  ['liên hệ bản thân', 'tự liên hệ'],
  // Teachers call Hồ Chí Minh "Bác"; the outline never does.
  ['học tập và làm theo Bác', 'Học tập và làm theo tư tưởng Hồ Chí Minh'],
  ['hoc tap va lam theo bac', 'Học tập và làm theo tư tưởng Hồ Chí Minh'],
];
