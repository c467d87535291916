package com.optimacut.ejb.client;

import com.optimacut.domain.client.Client;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A client's profile: contacts, «Специальные условия и цены» and the version that an update must
 * name, so that a concurrent edit is detected.
 */
public record ClientDetails(long id, long version, ClientContacts contacts, String specialTerms,
        BigDecimal discountPercent, BigDecimal tierDiscountOverride, List<ClientMaterialPrice> specialPrices,
        Instant createdAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ClientDetails {
        specialPrices = List.copyOf(specialPrices);
    }

    static ClientDetails of(Client client) {
        ClientContacts contacts = new ClientContacts(client.getName(), client.getContactPerson(), client.getEmail(),
                client.getPhone(), client.getAddress(), client.getNotes());
        List<ClientMaterialPrice> prices = client.getSpecialPrices().entrySet().stream()
                .map(e -> new ClientMaterialPrice(e.getKey().getId(), e.getKey().getName(),
                        e.getValue().getPricePerSheet(), e.getValue().getPricePerM2()))
                .sorted(Comparator.comparing(ClientMaterialPrice::materialName))
                .toList();
        return new ClientDetails(client.getId(), client.getVersion(), contacts, client.getSpecialTerms(),
                client.getDiscountPercent(), client.getTierDiscountOverride(), prices, client.getCreatedAt());
    }
}
