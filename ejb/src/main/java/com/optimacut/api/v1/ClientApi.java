package com.optimacut.api.v1;

import jakarta.ejb.Remote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * Clients: find, create, update contacts. Callers in role INTEGRATOR or MANAGER only; every
 * change is recorded under the caller's user name.
 */
@Remote
public interface ClientApi {

    /**
     * Returns a client.
     *
     * @throws ApiException {@link ErrorCode#NOT_FOUND} ({@code client.notFound})
     */
    ClientInfo find(@Positive long clientId) throws ApiException;

    /** Returns the clients with this e-mail address, ignoring case; usually one or none. */
    List<ClientInfo> findByEmail(@NotBlank String email) throws ApiException;

    /**
     * Returns the clients whose phone number ends with the same ten digits, whatever the notation;
     * fewer than five digits find nothing.
     */
    List<ClientInfo> findByPhone(@NotBlank String phone) throws ApiException;

    /**
     * Creates a client.
     *
     * @throws ApiException {@link ErrorCode#INVALID_ARGUMENT} for a field that breaks its constraints
     */
    ClientInfo create(@NotNull @Valid ClientFields fields) throws ApiException;

    /**
     * Replaces a client's name and contacts.
     *
     * @param version the version the caller read
     * @throws ApiException {@link ErrorCode#NOT_FOUND}, {@link ErrorCode#CONFLICT} when the client
     *     changed since {@code version}, {@link ErrorCode#INVALID_ARGUMENT}
     */
    ClientInfo updateContacts(@Positive long clientId, long version, @NotNull @Valid ClientFields fields)
            throws ApiException;
}
