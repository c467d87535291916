/**
 * System tests of the pricing service: «Подробнее» with hand-checked numbers, the recorded total,
 * the discount proposal and the applied discount; and the fixture that creates the materials,
 * clients and projects the tests of this branch need.
 */
package com.optimacut.it.pricing;
