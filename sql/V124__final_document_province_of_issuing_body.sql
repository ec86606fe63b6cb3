-- A final is its issuing body's (the agreement's lead agency's): its people review, sign and issue it, and its
-- register numbers it. Finals were given the agreement's province, which differs from the lead agency's for an
-- agreement between provinces recorded with the other one's: the issuing body's reviewer could not see the final,
-- and the other province's could approve it. They take their issuing body's province.
update final_document f set province = a.province
from agency a
where a.code = f.agency_code and f.province is distinct from a.province;
