package com.optimacut.domain.material;

/** The family of a sheet material, used to group the catalogue and to filter it. */
public enum MaterialKind {
    PLYWOOD,
    MDF,
    HARDBOARD,
    WOOD,
    ACRYLIC,
    PLASTIC,
    CARDBOARD,
    LEATHER,
    FABRIC,
    STEEL,
    STAINLESS_STEEL,
    ALUMINIUM,
    BRASS,
    OTHER
}
