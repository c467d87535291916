package com.optimacut.ejb.catalog;

import com.optimacut.domain.settings.AppSetting;
import com.optimacut.domain.settings.SettingKey;
import java.io.Serializable;
import java.time.Instant;

/**
 * One application setting with its current value and who changed it last.
 *
 * @param updatedAt when it was last changed, or {@code null} while it has its default
 */
public record SettingValue(SettingKey key, String value, Instant updatedAt, String updatedBy)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static SettingValue of(AppSetting setting) {
        return new SettingValue(setting.settingKey(), setting.getValue(), setting.getUpdatedAt(),
                setting.getUpdatedBy());
    }
}
