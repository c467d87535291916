/**
 * The start page that every signed-in user sees first.
 */
package com.optimacut.web.home;
