/**
 * The screens: Faces backing beans by feature in subpackages, and the helpers they share.
 */
package com.optimacut.web;
