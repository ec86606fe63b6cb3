-- The built-in indicators in the order the catalogue lists them (V4). Their ids came out of V4's join with field in
-- another order, and the reports, which listed a field's indicators by id, put "Đón ... đoàn khách" before
-- "Tổ chức ... đoàn cán bộ đi công tác", the memoranda before the phone talks, and the sectors' international
-- agreements before the province's. An indicator an import adds has no position and follows the built-in ones.
alter table indicator add column position smallint;

update indicator i
set position = v.position
from (values
    ('DELEGATION_OUT', 1), ('DELEGATION_IN', 2), ('PHONE_TALK', 3), ('MOU', 4), ('INTL_AGREEMENT_PROVINCE', 5),
    ('INTL_AGREEMENT_SECTOR', 6), ('INTL_CONFERENCE', 7), ('NGO_PROJECT', 8), ('FDI_PROJECT', 9),
    ('DOMESTIC_INVESTMENT_PROJECT', 10), ('CITIZEN_PROTECTION_CASE', 11), ('FOREIGNER_VIOLATION', 12),
    ('BORDER_VIOLATION', 13), ('JOINT_PATROL', 14), ('MARKER_INSPECTION', 15), ('INFO_EXCHANGE_MEETING', 16),
    ('AID_SUPPLIES', 17), ('RESCUE', 18), ('LEGAL_DISSEMINATION', 19), ('FOREIGN_PRESS_VISIT', 20),
    ('TRAINING_COURSE', 21)
) as v (code, position)
where i.code = v.code;
