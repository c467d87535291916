package com.optimacut.web.i18n;

import com.optimacut.domain.shared.DomainMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Labels of domain enums (trade, material kind, inquiry outcome…) in the current view's language,
 * read from the domain's bundle so that a status or a trade is worded in one place.
 */
@Named
@ApplicationScoped
public class DomainLabels {

    /** Returns the label of {@code constant}, its name when the bundle has none, or "" for none. */
    public String of(Enum<?> constant) {
        return constant == null ? "" : DomainMessages.label(Messages.currentLocale(), constant);
    }
}
