/**
 * What every service shares: the business exception that carries a message key, and the
 * localized service messages it refers to.
 */
package com.optimacut.ejb.common;
