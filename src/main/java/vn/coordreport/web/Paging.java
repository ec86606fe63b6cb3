package vn.coordreport.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where a list is: page {@code page} (from 1) of {@code size} rows out of {@code total}, and the links to the pages
 * before and after it, keeping the list's search and filters (the current request's other parameters).
 */
record Paging(int page, int size, long total) {

    static final int SIZE = 20;

    /** The page asked for, from 1; anything else is the first. */
    static Paging of(Integer page, long totalOrZero) {
        return new Paging(page == null || page < 1 ? 1 : page, SIZE, totalOrZero);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    Paging withTotal(long total) {
        return new Paging(page, size, total);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public long first() {
        return total == 0 ? 0 : offset() + 1;
    }

    public long last() {
        return Math.min(total, offset() + size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public String previousUrl() {
        return url(Math.min(page - 1, pages()));
    }

    public String nextUrl() {
        return url(page + 1);
    }

    private static String url(long page) {
        var link = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("_csrf").build();
        return link.getPath() + (link.getQuery() == null ? "" : "?" + link.getQuery());
    }

    /** {@code Hiển thị 21–40 trên 340}, with Vietnamese digit grouping (a list with rows: an empty one has no pager). */
    public String label() {
        if (total > 0 && first() > total) {
            return "Trang này không có kết quả; cả danh sách có " + Numbers.grouped(total) + " dòng";
        }
        return "Hiển thị " + Numbers.grouped(first()) + "–" + Numbers.grouped(last()) + " trên " + Numbers.grouped(total);
    }

    /** Numbers as written in Vietnamese: {@code 1.234}. */
    static final class Numbers {

        private Numbers() {
        }

        static String grouped(long n) {
            return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", n);
        }
    }
}
