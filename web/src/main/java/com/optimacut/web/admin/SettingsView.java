package com.optimacut.web.admin;

import com.optimacut.domain.settings.SettingKey;
import com.optimacut.ejb.catalog.SettingValue;
import com.optimacut.ejb.catalog.SettingsService;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * «Настройки» for administrators: the courier service's e-mail address, the deadline escalation
 * and the discount tiers. Only changed values are stored, each checked by the service.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsService settings;

    private List<SettingValue> stored;
    /** The values as entered, by the name of their {@link SettingKey}, because EL passes map keys as strings. */
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Reads the current values into the form. */
    public void load() {
        stored = settings.list();
        values.clear();
        stored.forEach(setting -> values.put(setting.key().name(), setting.value()));
    }

    /** Stores every changed value; a rejected one is shown at its field and the others are kept. */
    public void save() {
        int changed = 0;
        for (SettingValue setting : stored) {
            String entered = values.get(setting.key().name());
            String value = entered == null ? "" : entered.strip();
            if (Objects.equals(value, setting.value())) {
                continue;
            }
            try {
                settings.change(setting.key(), value);
                changed++;
            } catch (BusinessException e) {
                FacesMessages.rejected("settingsForm:" + setting.key().name(), e);
            }
        }
        if (changed > 0) {
            FacesMessages.info("settings.saved", changed);
        }
        Map<String, String> entered = new LinkedHashMap<>(values);
        load();
        // Keeps what the administrator typed in a rejected field so it can be corrected.
        values.putAll(entered);
    }

    public List<SettingValue> getStored() {
        return stored;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
