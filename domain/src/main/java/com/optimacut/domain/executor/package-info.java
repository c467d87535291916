/**
 * Executors: shop-floor workers with a trade and the materials they may work with. Their
 * competencies decide which layouts of an unassigned project they see on their board.
 */
package com.optimacut.domain.executor;
