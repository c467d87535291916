/** System tests of reading and marking notifications, each user seeing only their own. */
package com.optimacut.it.notification;
