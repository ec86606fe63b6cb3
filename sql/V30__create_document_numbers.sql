-- Report numbers (Số: 12/BC-SNgV): one sequence per issuing agency, restarting
-- each 1 January (Decree 30/2020).
create table document_number (
    agency_code text not null,
    year        int  not null,
    last_number int  not null,
    primary key (agency_code, year)
);
