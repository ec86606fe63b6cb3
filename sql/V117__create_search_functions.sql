-- What the pages' lists search with, the same everywhere: a search text
-- trimmed, in Unicode NFC ("Lạng Sơn" typed decomposed finds the composed one)
-- and without case; blank is no search. search_key compares whole values
-- (a province), search_pattern finds the words anywhere (LIKE, its own
-- characters %, _ and the backslash, chr(92), taken literally).
create function search_key(typed text) returns text
    language sql immutable parallel safe
    return nullif(lower(normalize(btrim(typed), NFC)), '');

create function search_pattern(typed text) returns text
    language sql immutable parallel safe
    return '%' || replace(replace(replace(search_key(typed), chr(92), chr(92) || chr(92)), '%', chr(92) || '%'),
                          '_', chr(92) || '_') || '%';
