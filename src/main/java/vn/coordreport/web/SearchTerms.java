package vn.coordreport.web;

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
}
