package com.optimacut.domain.settings;

import com.optimacut.domain.shared.DomainRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of discount tiers, stored as setting text such as {@code 50000=3; 100000=5}: each entry
 * is {@code threshold=percent}, and a value at or above a threshold gets that tier's percentage.
 * For volume tiers the threshold is a project total in roubles; for client tiers it is a number of
 * closed projects. Thresholds rise strictly from left to right; an empty text means no tiers.
 */
public final class DiscountTiers {

    /** One row of the table. */
    public record Tier(BigDecimal threshold, BigDecimal percent) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Tier> tiers;

    private DiscountTiers(List<Tier> tiers) {
        this.tiers = Collections.unmodifiableList(tiers);
    }

    /**
     * Parses the setting text.
     *
     * @throws DomainRuleException {@code setting.tiers.invalid} (the text) for an entry that is not
     *     two numbers joined by {@code =}, a negative threshold, a percentage outside 0 to 100, or
     *     thresholds that do not rise
     */
    public static DiscountTiers parse(String text) {
        List<Tier> parsed = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new DiscountTiers(parsed);
        }
        for (String entry : text.split(";")) {
            Tier tier = parseEntry(entry.strip(), text);
            boolean rises = parsed.isEmpty() || tier.threshold().compareTo(parsed.get(parsed.size() - 1).threshold()) > 0;
            if (!rises) {
                throw new DomainRuleException("setting.tiers.invalid", text);
            }
            parsed.add(tier);
        }
        return new DiscountTiers(parsed);
    }

    private static Tier parseEntry(String entry, String text) {
        String[] parts = entry.split("=", -1);
        if (parts.length != 2) {
            throw new DomainRuleException("setting.tiers.invalid", text);
        }
        try {
            BigDecimal threshold = new BigDecimal(parts[0].strip());
            BigDecimal percent = new BigDecimal(parts[1].strip());
            boolean valid = threshold.signum() >= 0 && percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
            if (!valid) {
                throw new DomainRuleException("setting.tiers.invalid", text);
            }
            return new Tier(threshold, percent);
        } catch (NumberFormatException e) {
            throw new DomainRuleException("setting.tiers.invalid", text);
        }
    }

    /** Returns the percentage of the highest tier whose threshold {@code value} reaches, or zero. */
    public BigDecimal percentFor(BigDecimal value) {
        BigDecimal percent = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            if (value.compareTo(tier.threshold()) >= 0) {
                percent = tier.percent();
            }
        }
        return percent;
    }

    public List<Tier> tiers() {
        return tiers;
    }
}
