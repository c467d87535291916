package com.optimacut.ejb.inquiry;

import java.io.Serializable;

/** How many inquiries of a period were refused with one reason, compared as written. */
public record RefusalCount(String reason, long count) implements Serializable {

    private static final long serialVersionUID = 1L;
}
