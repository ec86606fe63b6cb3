-- Issuing (Decree 30/2020, Articles 13-15): a final is reviewed, signed by the
-- competent person, then numbered, dated, registered, sealed and issued by the
-- văn thư; only then is it mailed. One row per final PDF the pipeline made.
-- The archive (report_version) stays append-only: the issued document is a new
-- version of its own; the signed one, not yet numbered, is kept here.
create table final_document (
    version_id        bigint      primary key references report_version (id),
    agreement_code    text        not null,
    period            text        not null,
    agency_code       text        not null,
    province          text,
    state             text        not null default 'WAITING_REVIEW'
                      check (state in ('WAITING_REVIEW', 'REJECTED', 'WAITING_SIGNATURE', 'SIGNED', 'ISSUED')),
    empty_for_period  boolean     not null,
    title             text,
    signer_name       text,
    number_symbol     text,
    signed_content    bytea,
    signed_sha256     text        check (signed_sha256 ~ '^[0-9a-f]{64}$'),
    issued_version_id bigint      unique references report_version (id),
    document_number   int         check (document_number > 0),
    issued_on         date,
    updated_at        timestamptz not null default now(),
    check ((signed_content is null) = (signed_sha256 is null)),
    check ((state = 'ISSUED') = (issued_version_id is not null)),
    check ((state = 'ISSUED') = (document_number is not null and issued_on is not null))
);
create index final_document_state on final_document (state, period);

-- Every step, with who and when: what the report's page shows as its history.
create table issuing_step (
    id         bigserial   primary key,
    version_id bigint      not null references final_document (version_id),
    step       text        not null check (step in ('MADE', 'APPROVED', 'REJECTED', 'SIGNED', 'ISSUED')),
    username   text,
    at         timestamptz not null default now(),
    comment    text
);
create index issuing_step_version on issuing_step (version_id, id);

-- Keys: a person's (the signer's) or an organisation's (the seal, used by the
-- văn thư). A PKCS#12 file is kept as it was given, its private key encrypted
-- with its password, which is asked at each signing and never stored; a key on
-- a PKCS#11 token is kept as the provider configuration naming the token. The
-- newest row of an owner is the one in use; older rows stay for the record.
create table signing_key (
    id             bigserial   primary key,
    username       text,
    agency_code    text,
    kind           text        not null check (kind in ('PKCS12', 'PKCS11')),
    keystore       bytea,
    pkcs11_config  text,
    alias          text        not null,
    certificate    bytea       not null,
    subject        text        not null,
    not_after      timestamptz not null,
    image          bytea,
    image_width_mm real        check (image_width_mm > 0),
    added_at       timestamptz not null default now(),
    added_by       text,
    check ((username is null) <> (agency_code is null)),
    check ((kind = 'PKCS12') = (keystore is not null)),
    check ((kind = 'PKCS11') = (pkcs11_config is not null))
);
create index signing_key_user on signing_key (lower(username), id) where username is not null;
create index signing_key_agency on signing_key (agency_code, id) where agency_code is not null;

-- The register of outgoing documents (sổ đăng ký văn bản đi, Appendix IV): per
-- issuing body and year, numbers from 01, none twice (the unique key) and none
-- skipped (a number is taken in the transaction that issues the document).
create table outgoing_register (
    id             bigserial primary key,
    agency_code    text      not null,
    year           int       not null,
    number         int       not null check (number > 0),
    number_symbol  text      not null,
    issued_on      date      not null,
    title          text      not null,
    signer_name    text,
    recipients     text      not null,
    archive_copy   text      not null,
    copies         int       not null check (copies > 0),
    transferred_on date,
    received_by    text,
    notes          text,
    version_id     bigint    references report_version (id),
    issued_by      text,
    unique (agency_code, year, number)
);

-- Finals archived before issuing existed were numbered when they were made and
-- mailed at once: they count as issued, with the number they have, and their
-- numbers are entered in the register, so that the sequence goes on after them.
insert into final_document (version_id, agreement_code, period, agency_code, province, state, empty_for_period,
                            issued_version_id, document_number, issued_on, updated_at)
select v.id, v.agreement_code, v.period, ag.code, a.province, 'ISSUED', false, v.id, v.document_number,
       (v.created_at at time zone 'Asia/Ho_Chi_Minh')::date, v.created_at
from report_version v
join agreement a on a.code = v.agreement_code
join agency ag on ag.id = a.lead_agency_id
where v.kind = 'FINAL' and v.format = 'PDF' and v.document_number is not null;

insert into outgoing_register (agency_code, year, number, number_symbol, issued_on, title, signer_name, recipients,
                               archive_copy, copies, transferred_on, notes, version_id, issued_by)
select distinct on (ag.code, extract(year from v.created_at at time zone 'Asia/Ho_Chi_Minh'), v.document_number)
       ag.code, extract(year from v.created_at at time zone 'Asia/Ho_Chi_Minh')::int, v.document_number,
       lpad(v.document_number::text, 2, '0') || '/BC-' || coalesce(nullif(trim(a.symbol), ''), ag.code),
       (v.created_at at time zone 'Asia/Ho_Chi_Minh')::date,
       'Báo cáo kết quả thực hiện Quy chế phối hợp ' || v.agreement_code || ' (kỳ ' || v.period || ')',
       ag.signer_name, 'Như Nơi nhận của văn bản', 'VT', 1,
       (v.created_at at time zone 'Asia/Ho_Chi_Minh')::date,
       'Số cấp khi lập báo cáo, trước khi có quy trình ban hành', v.id, v.created_by
from report_version v
join agreement a on a.code = v.agreement_code
join agency ag on ag.id = a.lead_agency_id
where v.kind = 'FINAL' and v.document_number is not null
order by ag.code, extract(year from v.created_at at time zone 'Asia/Ho_Chi_Minh'), v.document_number,
         v.format desc, v.id
on conflict do nothing;
