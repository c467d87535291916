package com.optimacut.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and money as the screens show them: {@code dd.MM.yyyy}, {@code dd.MM.yyyy HH:mm}
 * in the server's time zone (the workshop's), and roubles as {@code 1 234,50 ₽} in Russian or
 * {@code 1,234.50 ₽} in English. Faces 4.0 has no converter for {@link Instant}, hence this bean.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** Returns the date and time of an instant in the server's zone, or an empty string for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Returns the day of an instant in the server's zone, or an empty string for none. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Returns a calendar date, or an empty string for none. */
    public String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Returns an amount of roubles with kopecks in the current view's language. */
    public String money(BigDecimal amount) {
        return amount == null ? "" : money(amount, Messages.currentLocale());
    }

    static String money(BigDecimal amount, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if ("ru".equals(locale.getLanguage())) {
            // Russian typesetting groups thousands with a space, not the no-break space Java emits.
            symbols.setGroupingSeparator(' ');
            symbols.setDecimalSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount) + " ₽";
    }
}
