package com.optimacut.ejb.project;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Where, to whom and when a project is handed over; each field may be {@code null}. With address,
 * contact person and date the project is listed under «Доставки».
 */
public record DeliveryFields(String address, String contactPerson, String phone, LocalDate date)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No delivery details. */
    public static final DeliveryFields NONE = new DeliveryFields(null, null, null, null);
}
