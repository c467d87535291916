package com.optimacut.domain.executor;

/** The trade of an executor on the shop floor. */
public enum Trade {
    LASER_OPERATOR,
    MILLING_OPERATOR,
    PACKER,
    ASSEMBLER,
    GRINDER
}
