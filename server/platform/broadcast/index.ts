export { announce, onAnnouncement, deliverLocally, type Announcement } from './announcements.js';
export { listenForAnnouncements } from './listen.js';
