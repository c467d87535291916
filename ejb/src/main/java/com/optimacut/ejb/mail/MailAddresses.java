package com.optimacut.ejb.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks of e-mail addresses that users type. */
public final class MailAddresses {

    private static final int MAX_LENGTH = 254;

    private MailAddresses() {
    }

    /** Returns whether the text is one plain address such as {@code name@example.com}. */
    public static boolean isValid(String address) {
        if (address == null || address.isBlank() || address.length() > MAX_LENGTH || address.indexOf('@') < 1) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            return parsed.getPersonal() == null && parsed.getAddress().equals(address)
                    && parsed.getAddress().substring(parsed.getAddress().indexOf('@')).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }
}
