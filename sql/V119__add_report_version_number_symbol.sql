-- An issued document is known by its number as written and its date ("số 05/BC-SNgV ngày 05/12/2026"): the
-- archive keeps them beside the number, so that what is read from a version (the mail that carries it, the Word
-- file of the issued text) names it as the register does. Null for a draft and a final not issued.
alter table report_version add column number_symbol text, add column issued_on date;

-- The versions issued before: the issued PDF from its final, the Word file of the issued text from that PDF.
-- Rows are immutable for the application (V40's trigger); this one-time fill happens under the owner's migration.
alter table report_version disable trigger report_version_no_update_or_delete;

update report_version v
set number_symbol = f.number_symbol, issued_on = f.issued_on
from final_document f
where f.issued_version_id = v.id;

update report_version w
set number_symbol = p.number_symbol, issued_on = p.issued_on
from report_version p
where w.kind = 'FINAL' and w.format = 'DOCX' and w.document_number is not null
  and p.kind = 'FINAL' and p.format = 'PDF' and p.issued_on is not null
  and (p.agreement_code, p.period, p.calendar, p.document_number)
      = (w.agreement_code, w.period, w.calendar, w.document_number);

alter table report_version enable trigger report_version_no_update_or_delete;
