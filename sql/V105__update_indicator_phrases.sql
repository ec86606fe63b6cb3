-- How a report says each built-in indicator's figures in a sentence (import format 1.1, indicator.phrase):
-- {quantity}, {unit}, {counterparts} and {amount} are filled in; a part in square brackets is left out
-- when a value in it is missing (no counterpart or no amount recorded). An import may give its own.
update indicator i
set phrase = v.phrase
from (values
    ('DELEGATION_OUT', 'Tổ chức {quantity} {unit} cán bộ đi công tác nước ngoài[, làm việc với {counterparts} đối tác]'),
    ('DELEGATION_IN', 'Đón {quantity} {unit} khách nước ngoài[ của {counterparts} đối tác] đến làm việc'),
    ('PHONE_TALK', 'Tổ chức {quantity} {unit} điện đàm, hội đàm trực tuyến với[ {counterparts}] đối tác nước ngoài'),
    ('MOU', 'Ký kết {quantity} {unit} ghi nhớ hợp tác[ với {counterparts} đối tác nước ngoài]'),
    ('INTL_AGREEMENT_PROVINCE', 'Tham mưu ký kết {quantity} {unit} quốc tế cấp tỉnh[ với {counterparts} đối tác]'),
    ('INTL_AGREEMENT_SECTOR', 'Ký kết {quantity} {unit} quốc tế cấp sở, ngành[ với {counterparts} đối tác]'),
    ('INTL_CONFERENCE', 'Tổ chức {quantity} {unit}, hội thảo quốc tế[ với {counterparts} đối tác]'),
    ('NGO_PROJECT', 'Vận động {quantity} chương trình, {unit} viện trợ phi chính phủ nước ngoài[ của {counterparts} tổ chức][, tổng giá trị cam kết {amount}]'),
    ('FDI_PROJECT', 'Chấp thuận {quantity} {unit} đầu tư nước ngoài[ của {counterparts} nhà đầu tư][, tổng vốn đăng ký {amount}]'),
    ('DOMESTIC_INVESTMENT_PROJECT', 'Chấp thuận chủ trương đầu tư {quantity} {unit} trong nước[ của {counterparts} nhà đầu tư][, tổng vốn đăng ký {amount}]'),
    ('CITIZEN_PROTECTION_CASE', 'Giải quyết {quantity} {unit} bảo hộ công dân[ liên quan đến {counterparts} quốc gia, vùng lãnh thổ]'),
    ('FOREIGNER_VIOLATION', 'Xử lý {quantity} {unit} người nước ngoài vi phạm pháp luật[ thuộc {counterparts} quốc tịch]'),
    ('BORDER_VIOLATION', 'Phát hiện {quantity} {unit} vi phạm quy chế, hiệp định về biên giới[ liên quan đến {counterparts} đối tượng]'),
    ('JOINT_PATROL', 'Phối hợp tổ chức {quantity} {unit} tuần tra song phương[ với {counterparts} đơn vị bảo vệ biên giới nước bạn]'),
    ('MARKER_INSPECTION', 'Tổ chức {quantity} {unit} kiểm tra đường biên, mốc quốc giới[ cùng {counterparts} đơn vị nước bạn]'),
    ('INFO_EXCHANGE_MEETING', 'Tổ chức {quantity} {unit} giao ban, trao đổi thông tin[ với {counterparts} đối tác]'),
    ('AID_SUPPLIES', 'Trao tặng {quantity} {unit} vật tư, hàng hóa hỗ trợ[ cho {counterparts} đối tác nước ngoài][, trị giá {amount}]'),
    ('RESCUE', 'Phối hợp thực hiện {quantity} {unit} cứu hộ, cứu nạn[ cùng {counterparts} đối tác]'),
    ('LEGAL_DISSEMINATION', 'Tổ chức {quantity} {unit} tuyên truyền, phổ biến pháp luật[ cho {counterparts} đơn vị]'),
    ('FOREIGN_PRESS_VISIT', 'Đón, quản lý hoạt động của {quantity} {unit} phóng viên nước ngoài[ thuộc {counterparts} cơ quan báo chí]'),
    ('TRAINING_COURSE', 'Tổ chức {quantity} {unit} đào tạo, bồi dưỡng[ với {counterparts} đối tác]')
) v (code, phrase)
where i.code = v.code and i.phrase is null;
