package com.optimacut.ejb.catalog;

import com.optimacut.domain.settings.AppSetting;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.domain.user.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * The application settings that administrators change: the courier service's e-mail address,
 * the deadline escalation (hours before the deadline, minutes between passes) and the volume and
 * client discount tiers. Each value is checked by its {@link SettingKey}.
 */
@Stateless
public class SettingsService {

    private static final Logger LOG = Logger.getLogger(SettingsService.class.getName());

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Lists every setting in the order of {@link SettingKey}. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<SettingValue> list() {
        return Arrays.stream(SettingKey.values()).map(this::row).map(SettingValue::of).toList();
    }

    /** Returns one setting. */
    @RolesAllowed(Role.Names.ADMIN)
    public SettingValue get(SettingKey key) {
        return SettingValue.of(row(key));
    }

    /**
     * Stores a new value of a setting, trimmed.
     *
     * @throws com.optimacut.ejb.common.BusinessException {@code setting.invalid} (setting, value)
     *     when the key rejects the value: an address that is not an e-mail address, hours outside
     *     1–720, minutes outside 1–1440, or tiers not written as «порог=процент; …» with rising
     *     thresholds; {@code concurrent.modification}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public SettingValue change(SettingKey key, String value) {
        AppSetting setting = row(key);
        setting.change(value, caller(), Instant.now());

        em.flush();
        LOG.info(() -> "Setting " + key.key() + " changed by " + caller());
        return SettingValue.of(setting);
    }

    /** Returns the row of {@code key}, creating it with the default when the migration did not. */
    private AppSetting row(SettingKey key) {
        AppSetting setting = em.find(AppSetting.class, key.key());
        if (setting == null) {
            setting = new AppSetting(key);
            em.persist(setting);
        }
        return setting;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
