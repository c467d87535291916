/**
 * The material catalogue that an administrator keeps: sheet stock with its thickness, sheet size,
 * prices and cutting parameters, and the validation of those numbers. Executors' competencies and
 * the price arithmetic refer to these entries.
 */
package com.optimacut.domain.material;
