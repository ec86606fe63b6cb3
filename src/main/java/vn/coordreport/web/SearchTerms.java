package vn.coordreport.web;

import vn.coordreport.period.Period;

/** What a list's search was given: an empty list says that nothing matched, or that there is nothing yet. */
final class SearchTerms {

    private SearchTerms() {
    }

    /** Whether any of a search's terms or filters narrows the list: neither null nor a blank string. */
    static boolean anyGiven(Object... terms) {
        for (Object term : terms) {
            if (term != null && !(term instanceof String text && text.isBlank())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A period typed in words ({@code 6 tháng đầu năm 2019}, {@code quý III năm 2021}) as the code the lists store
     * and search ({@code 2019-H1}); any other text as typed (a day, a code, a number).
     */
    static String periodAsCode(String q) {
        if (q == null || q.chars().noneMatch(Character::isLetter)) {
            return q;
        }
        try {
            Period period = Period.parse(q.strip());
            return period.kind() == Period.Kind.RANGE ? q : period.toString();
        } catch (IllegalArgumentException e) {
            return q;
        }
    }
}
