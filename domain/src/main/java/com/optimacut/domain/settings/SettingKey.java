package com.optimacut.domain.settings;

import com.optimacut.domain.shared.DomainRuleException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The settings of the application, with the key stored in {@code app_setting}, the default
 * that the migration inserts, and the check of a new value. Labels are in {@code DomainMessages}.
 */
public enum SettingKey {
    /** Where «Отправить заявку в курьерскую службу» sends; empty until an administrator sets it. */
    COURIER_EMAIL("courier.email", "", SettingKey::isEmailOrEmpty),
    /** How many hours before the deadline the priority rises. */
    ESCALATION_HOURS("escalation.hoursBeforeDeadline", "24", value -> isIntegerBetween(value, 1, 720)),
    /** Minutes between two passes of the escalation timer. */
    ESCALATION_INTERVAL_MINUTES("escalation.intervalMinutes", "15", value -> isIntegerBetween(value, 1, 1440)),
    /** Volume discount tiers by project total in roubles, in {@link DiscountTiers} form. */
    VOLUME_DISCOUNT_TIERS("discount.volumeTiers", "", SettingKey::isTiers),
    /** Client discount tiers by number of closed projects, in {@link DiscountTiers} form. */
    CLIENT_DISCOUNT_TIERS("discount.clientTiers", "", SettingKey::isTiers);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String key;
    private final String defaultValue;
    private final Predicate<String> validator;

    SettingKey(String key, String defaultValue, Predicate<String> validator) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.validator = validator;
    }

    /** Returns the primary key of the setting's row. */
    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** Returns whether {@code value} is acceptable for this setting. */
    public boolean accepts(String value) {
        return value != null && validator.test(value);
    }

    private static boolean isEmailOrEmpty(String value) {
        return value.isEmpty() || EMAIL.matcher(value).matches();
    }

    private static boolean isIntegerBetween(String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            return number >= min && number <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isTiers(String value) {
        try {
            DiscountTiers.parse(value);
            return true;
        } catch (DomainRuleException e) {
            return false;
        }
    }
}
