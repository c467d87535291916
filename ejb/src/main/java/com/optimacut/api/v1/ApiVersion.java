package com.optimacut.api.v1;

/** The version of the remote API that this client jar was built for. */
public final class ApiVersion {

    /** Major version: the {@code v1} in the package name. Incompatible changes get a new package. */
    public static final int MAJOR = 1;
    /** Minor version: raised for compatible additions. */
    public static final int MINOR = 0;

    private ApiVersion() {
    }
}
