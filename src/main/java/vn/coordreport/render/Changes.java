package vn.coordreport.render;

import java.math.BigDecimal;

/**
 * A figure against the same period a year earlier in the words of the report's table ({@code tăng 12,5%},
 * {@code giảm 3%}, {@code bằng cùng kỳ}, {@code mới phát sinh}), for the pages that show the report's figures.
 */
public final class Changes {

    private Changes() {
    }

    public static String againstSamePeriod(BigDecimal current, BigDecimal previous) {
        return VietnameseFormat.changeInTable(current, previous);
    }
}
