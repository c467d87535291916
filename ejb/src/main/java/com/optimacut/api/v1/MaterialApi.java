package com.optimacut.api.v1;

import jakarta.ejb.Remote;
import java.util.List;

/** The material catalogue. Callers in role INTEGRATOR or MANAGER only. */
@Remote
public interface MaterialApi {

    /** Returns the active materials by name: the codes a {@link ItemOrder} may name. */
    List<MaterialInfo> list() throws ApiException;
}
