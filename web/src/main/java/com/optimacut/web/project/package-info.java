/**
 * The manager's project screens: the projects list with filters and export, the project form for
 * creating and editing, and the project page with its items, history and status actions.
 */
package com.optimacut.web.project;
