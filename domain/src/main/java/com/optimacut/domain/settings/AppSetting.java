package com.optimacut.domain.settings;

import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.shared.TextField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One application setting as a key and a text value, with who changed it last.
 * <p>
 * Every {@link SettingKey} has a row from the migration on, holding its default. A value is
 * checked by its key before it is stored, so readers may parse it without handling bad text;
 * {@link #intValue()} and {@link #tiersValue()} do that. The discount tiers are kept as text
 * (see {@link DiscountTiers}) rather than in a table, because they are a few rows edited at once
 * by an administrator and read whole.
 */
@Entity
@Table(name = "app_setting")
@NamedQuery(name = AppSetting.ALL, query = "select s from AppSetting s order by s.key")
public class AppSetting {

    /** Every setting row, by key. */
    public static final String ALL = "AppSetting.all";

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected AppSetting() {
        // for JPA
    }

    /** Creates the row of {@code key} with its default value. */
    public AppSetting(SettingKey key) {
        this.key = key.key();
        this.value = key.defaultValue();
    }

    /**
     * Stores a new value, trimmed.
     *
     * @throws DomainRuleException {@code setting.invalid} (setting, value) when the key rejects the value
     */
    public void change(String newValue, String actor, Instant now) {
        String trimmed = newValue == null ? "" : newValue.strip();
        SettingKey settingKey = settingKey();
        if (trimmed.length() > TextField.SETTING_VALUE.maxLength() || !settingKey.accepts(trimmed)) {
            throw new DomainRuleException("setting.invalid", settingKey, trimmed);
        }
        this.value = trimmed;
        this.updatedBy = Objects.requireNonNull(actor, "actor");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Returns the {@link SettingKey} of this row. */
    public SettingKey settingKey() {
        for (SettingKey candidate : SettingKey.values()) {
            if (candidate.key().equals(key)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unknown setting " + key);
    }

    /** Returns the value as a number, for the integer settings. */
    public int intValue() {
        return Integer.parseInt(value);
    }

    /** Returns the value as discount tiers, for the tier settings. */
    public DiscountTiers tiersValue() {
        return DiscountTiers.parse(value);
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "AppSetting[" + key + "]";
    }
}
