-- The built-in catalogue of fields and indicators (domain.md). Imports may add more.
insert into field (code, name) values
    ('BORDER', 'Quản lý, bảo vệ đường biên giới, mốc quốc giới'),
    ('BORDER_GATE', 'Cửa khẩu, xuất nhập cảnh'),
    ('DELEGATIONS', 'Quản lý đoàn ra, đoàn vào'),
    ('COOPERATION', 'Hợp tác với các địa phương nước ngoài'),
    ('AGREEMENTS', 'Ký kết và thực hiện thỏa thuận quốc tế'),
    ('CONFERENCES', 'Hội nghị, hội thảo quốc tế'),
    ('NGO_AID', 'Viện trợ phi chính phủ nước ngoài'),
    ('INVESTMENT', 'Xúc tiến, thu hút đầu tư'),
    ('CONSULAR', 'Công tác lãnh sự, bảo hộ công dân'),
    ('FOREIGNERS', 'Quản lý người nước ngoài, hoạt động có yếu tố nước ngoài'),
    ('SECURITY', 'Bảo đảm an ninh trật tự trong hoạt động đối ngoại'),
    ('PRESS', 'Thông tin đối ngoại, báo chí nước ngoài'),
    ('OVERSEAS_VN', 'Công tác người Việt Nam ở nước ngoài'),
    ('EPIDEMIC', 'Phòng, chống dịch bệnh'),
    ('DISASTER', 'Phòng, chống thiên tai, cứu hộ, cứu nạn'),
    ('ADVISORY', 'Tham mưu lãnh đạo tỉnh về công tác đối ngoại'),
    ('BORDER_AREA', 'Xây dựng cơ sở chính trị, phát triển kinh tế - xã hội khu vực biên giới'),
    ('PROPAGANDA', 'Tuyên truyền, phổ biến pháp luật'),
    ('INFO_EXCHANGE', 'Giao ban, trao đổi thông tin'),
    ('TRAINING', 'Đào tạo, bồi dưỡng cán bộ');

insert into indicator (code, name, field_id, unit)
select v.code, v.name, f.id, v.unit
from (values
    ('DELEGATION_OUT', 'Đoàn ra (đoàn cán bộ đi công tác nước ngoài)', 'DELEGATIONS', 'đoàn'),
    ('DELEGATION_IN', 'Đoàn vào (đoàn khách nước ngoài đến làm việc)', 'DELEGATIONS', 'đoàn'),
    ('PHONE_TALK', 'Điện đàm, hội đàm trực tuyến với đối tác nước ngoài', 'COOPERATION', 'cuộc'),
    ('MOU', 'Bản ghi nhớ hợp tác được ký kết', 'COOPERATION', 'bản'),
    ('INTL_AGREEMENT_PROVINCE', 'Thỏa thuận quốc tế cấp tỉnh được ký kết', 'AGREEMENTS', 'thỏa thuận'),
    ('INTL_AGREEMENT_SECTOR', 'Thỏa thuận quốc tế cấp sở, ngành được ký kết', 'AGREEMENTS', 'thỏa thuận'),
    ('INTL_CONFERENCE', 'Hội nghị, hội thảo quốc tế được tổ chức', 'CONFERENCES', 'hội nghị'),
    ('NGO_PROJECT', 'Chương trình, dự án viện trợ phi chính phủ nước ngoài', 'NGO_AID', 'dự án'),
    ('FDI_PROJECT', 'Dự án đầu tư nước ngoài được chấp thuận', 'INVESTMENT', 'dự án'),
    ('DOMESTIC_INVESTMENT_PROJECT', 'Dự án đầu tư trong nước được chấp thuận chủ trương', 'INVESTMENT', 'dự án'),
    ('CITIZEN_PROTECTION_CASE', 'Vụ việc bảo hộ công dân được giải quyết', 'CONSULAR', 'vụ việc'),
    ('FOREIGNER_VIOLATION', 'Người nước ngoài vi phạm pháp luật bị xử lý', 'FOREIGNERS', 'trường hợp'),
    ('BORDER_VIOLATION', 'Vụ vi phạm quy chế, hiệp định về biên giới được phát hiện', 'BORDER', 'vụ'),
    ('JOINT_PATROL', 'Tuần tra song phương', 'BORDER', 'lượt'),
    ('MARKER_INSPECTION', 'Kiểm tra đường biên, mốc quốc giới', 'BORDER', 'lượt'),
    ('INFO_EXCHANGE_MEETING', 'Cuộc giao ban, trao đổi thông tin', 'INFO_EXCHANGE', 'cuộc'),
    ('AID_SUPPLIES', 'Vật tư, hàng hóa hỗ trợ, trao tặng đối tác nước ngoài', 'EPIDEMIC', 'đơn vị'),
    ('RESCUE', 'Vụ cứu hộ, cứu nạn', 'DISASTER', 'vụ'),
    ('LEGAL_DISSEMINATION', 'Buổi tuyên truyền, phổ biến pháp luật', 'PROPAGANDA', 'buổi'),
    ('FOREIGN_PRESS_VISIT', 'Đoàn phóng viên nước ngoài', 'PRESS', 'đoàn'),
    ('TRAINING_COURSE', 'Lớp đào tạo, bồi dưỡng', 'TRAINING', 'lớp')
) as v (code, name, field, unit)
join field f on f.code = v.field;
