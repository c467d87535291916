/**
 * «Доставки»: projects with delivery data and the courier request.
 */
package com.optimacut.web.delivery;
