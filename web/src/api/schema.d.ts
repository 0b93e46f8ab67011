/**
 * Generated from the server's OpenAPI document by `npm run generate:api` (scripts/generate-api-types.ts).
 * Do not edit: change the server's schemas and run the command again.
 */

export interface paths {
    "/api/v1/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace this portal shows, or that first-run setup is needed
         * @description Access: public.
         */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * First run: create the first workspace and its owner
         * @description Access: public.
         */
        post: operations["setUpWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer signs up with email and password; the next step is in the mail (answers the same whether or not the address has an account)
         * @description Access: public.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Access: public.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a 15-minute single-use sign-in link (answers the same whether or not the account exists)
         * @description Access: public.
         */
        post: operations["requestSignInLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in-link/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the token from a sign-in link mail
         * @description Access: public.
         */
        post: operations["completeSignInLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session
         * @description Access: public.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the signed-in person
         * @description Access: signed-in.
         */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address with the token from the mail, and sign its owner in
         * @description Access: public.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the verification mail again
         * @description Access: signed-in.
         */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password reset link (answers the same whether or not the account exists)
         * @description Access: public.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token from the mail
         * @description Access: public.
         */
        post: operations["completePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in a customer vouched for by the brand's site with a signed JWT
         * @description Access: public.
         */
        post: operations["identify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a staff invitation
         * @description Access: public.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person and their workspace
         * @description Access: signed-in.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change display name, avatar or language
         * @description Access: signed-in.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (other sessions end)
         * @description Access: signed-in.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This workspace and those where I have a linked staff account
         * @description Access: permission `workspace.switch`.
         */
        get: operations["listMyWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/switch-workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Continue in another workspace with my linked staff account there
         * @description Access: permission `workspace.switch`.
         */
        post: operations["switchWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/linked-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link my staff account in another workspace by signing in to it (that account's email and password)
         * @description Access: permission `workspace.switch`.
         */
        post: operations["linkAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current workspace's settings
         * @description Access: permission `console.access`.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change name, address, logo, language, time zone or business hours
         * @description Access: permission `workspace.manage`.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create another workspace (owners only); you become its owner
         * @description Access: permission `workspace.create`.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The secret (HS256) and public key (RS256) for signing customers' identity tokens
         * @description Access: permission `workspace.manage`.
         */
        get: operations["getIdentifySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace/identify/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the HS256 secret
         * @description Access: permission `workspace.manage`.
         */
        post: operations["rotateIdentifySecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace/identify/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set or clear the RS256 public key (PEM)
         * @description Access: permission `workspace.manage`.
         */
        put: operations["setIdentifyPublicKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff of the workspace
         * @description Access: permission `members.read`.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (disables the account and ends its sessions)
         * @description Access: permission `members.manage`.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a person's role
         * @description Access: permission `members.manage`.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open invitations
         * @description Access: permission `members.manage`.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite a staff member by email
         * @description Access: permission `members.manage`.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw an invitation
         * @description Access: permission `members.manage`.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invitation link is for (before accepting)
         * @description Access: public.
         */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API keys (never the keys themselves)
         * @description Access: permission `api_keys.manage`.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; the key is in this response only
         * @description Access: permission `api_keys.manage`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Access: permission `api_keys.manage`.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff actions on settings, roles and keys, newest first
         * @description Access: permission `audit.read`.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's background jobs by status; `dead` is the dead-letter list
         * @description Access: permission `jobs.manage`.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a dead job back in the queue
         * @description Access: permission `jobs.manage`.
         */
        post: operations["retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an image (multipart field "file"); attach it by id when creating an idea or a case
         * @description Access: signed-in.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An uploaded image; case photos only for their uploader and staff
         * @description Access: public.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications, newest first, with the unread count
         * @description Access: signed-in.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of my notifications are unread
         * @description Access: signed-in.
         */
        get: operations["getNotificationUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notification read
         * @description Access: signed-in.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my notifications read
         * @description Access: signed-in.
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My email preferences per category
         * @description Access: signed-in.
         */
        get: operations["getNotificationPreferences"];
        /**
         * Turn emails of a category on or off
         * @description Access: signed-in.
         */
        put: operations["updateNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an unsubscribe link is for (no sign-in needed)
         * @description Access: public.
         */
        get: operations["previewUnsubscribe"];
        put?: never;
        /**
         * Stop the emails of the category an unsubscribe link names (no sign-in needed)
         * @description Access: public.
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/idea-boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Boards the caller may see, with their rules (budget, weights, threshold)
         * @description Access: public.
         */
        get: operations["listIdeaBoards"];
        put?: never;
        /**
         * Create a board
         * @description Access: permission `ideas.configure`.
         */
        post: operations["createIdeaBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/idea-boards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One board by id or slug
         * @description Access: public.
         */
        get: operations["getIdeaBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a board (visibility, members, segments, budget, weights, threshold, moderation)
         * @description Access: permission `ideas.configure`.
         */
        patch: operations["updateIdeaBoard"];
        trace?: never;
    };
    "/api/v1/idea-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's idea statuses in workflow order
         * @description Access: public.
         */
        get: operations["listIdeaStatuses"];
        /**
         * Replace the status workflow
         * @description Access: permission `ideas.configure`.
         */
        put: operations["replaceIdeaStatuses"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ideas by trending (72-hour half-life), top or newest; filter by board, status, tag, text
         * @description Visitors and customers share one cached answer (ETag; If-None-Match gets 304) without anyone’s own vote or follow: ask `GET /ideas/viewer-state` for those. Staff get their own, uncached.
         *
         *     Access: public.
         */
        get: operations["listIdeas"];
        put?: never;
        /**
         * Submit an idea (Markdown body, tags, uploaded image ids); the author follows it
         * @description Access: signed-in.
         */
        post: operations["createIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/viewer-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My vote and whether I follow, for each of the ideas I am looking at (nothing for visitors)
         * @description Access: public.
         */
        get: operations["listIdeaViewerState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/roadmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public roadmap: planned, in progress, shipped
         * @description Visitors and customers share one cached answer (ETag; If-None-Match gets 304) without anyone’s own vote or follow: ask `GET /ideas/viewer-state` for those. Staff get their own, uncached.
         *
         *     Access: public.
         */
        get: operations["getRoadmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/changelog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changelog: shipped ideas, newest first, with the release note
         * @description Visitors and customers share one cached answer (ETag; If-None-Match gets 304) without anyone’s own vote or follow: ask `GET /ideas/viewer-state` for those. Staff get their own, uncached.
         *
         *     Access: public.
         */
        get: operations["listChangelog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One idea with its official answer, threshold progress and (for staff) RICE; a merged idea names the one it redirects to
         * @description Visitors and customers share one cached answer (ETag; If-None-Match gets 304) without anyone’s own vote or follow: ask `GET /ideas/viewer-state` for those. Staff get their own, uncached. A pending idea (its author sees it) or one on a private board is read for the viewer, uncached.
         *
         *     Access: public.
         */
        get: operations["getIdea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit, move, lock, approve/hide an idea, or set its RICE inputs
         * @description Access: permission `ideas.moderate`.
         */
        patch: operations["updateIdea"];
        trace?: never;
    };
    "/api/v1/ideas/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Existing ideas like a title being typed (Chinese and English, tolerant of rewording)
         * @description Access: public.
         */
        get: operations["listSimilarIdeas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public history of status changes with their notes
         * @description Access: public.
         */
        get: operations["listIdeaHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Support an idea (once), with an importance where the board asks for it
         * @description Access: signed-in.
         */
        put: operations["castVote"];
        post?: never;
        /**
         * Withdraw my vote
         * @description Access: signed-in.
         */
        delete: operations["withdrawVote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Follow an idea
         * @description Access: signed-in.
         */
        put: operations["followIdea"];
        post?: never;
        /**
         * Stop following an idea
         * @description Access: signed-in.
         */
        delete: operations["unfollowIdea"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comments and replies
         * @description Access: public.
         */
        get: operations["listIdeaComments"];
        put?: never;
        /**
         * Comment, or reply to a comment (one level)
         * @description Access: signed-in.
         */
        post: operations["createIdeaComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/idea-comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit my comment (within 15 minutes of posting)
         * @description Access: signed-in.
         */
        patch: operations["updateIdeaComment"];
        trace?: never;
    };
    "/api/v1/idea-comments/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a comment as abusive
         * @description Access: signed-in.
         */
        post: operations["reportIdeaComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas-console/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Triage inbox: ideas awaiting moderation, then unanswered new ideas
         * @description Access: permission `ideas.triage`.
         */
        get: operations["listIdeaInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas-console/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Votes, weighted demand, trending and RICE side by side, sortable
         * @description Access: permission `ideas.triage`.
         */
        get: operations["listIdeaPriorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas-console/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ideas past their promised answer date
         * @description Access: permission `ideas.triage`.
         */
        get: operations["listOverdueIdeas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas-console/board-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Boards' response rate and median time to the first official answer
         * @description Access: permission `ideas.triage`.
         */
        get: operations["listIdeaBoardStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas-console/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV of ideas with votes, weighted demand, RICE and voters
         * @description Access: permission `ideas.triage`.
         */
        get: operations["exportIdeasCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/voters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who voted, how much it matters to them, and votes added on behalf (who, why)
         * @description Access: permission `ideas.triage`.
         */
        get: operations["listIdeaVoters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status with a public note (followers are told)
         * @description Access: permission `ideas.moderate`.
         */
        post: operations["changeIdeaStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Post (or replace) the pinned official answer
         * @description Access: permission `ideas.moderate`.
         */
        put: operations["answerIdea"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this duplicate into another idea (votes counted once, comments moved, voters told)
         * @description Access: permission `ideas.moderate`.
         */
        post: operations["mergeIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/votes-on-behalf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a customer's vote heard elsewhere, with the reason
         * @description Access: permission `ideas.moderate`.
         */
        post: operations["castVoteOnBehalf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/idea-comments/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide or restore a comment
         * @description Access: permission `ideas.moderate`.
         */
        post: operations["moderateIdeaComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Surveys of the workspace, newest first
         * @description Access: permission `surveys.read`.
         */
        get: operations["listSurveys"];
        put?: never;
        /**
         * Create a survey (as a draft)
         * @description Access: permission `surveys.manage`.
         */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survey with its questions and distribution settings
         * @description Access: permission `surveys.read`.
         */
        get: operations["getSurvey"];
        /**
         * Replace a survey definition
         * @description Access: permission `surveys.manage`.
         */
        put: operations["updateSurvey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open or close a survey
         * @description Access: permission `surveys.manage`.
         */
        post: operations["changeSurveyStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send single-use personal links (by email through the job queue)
         * @description Access: permission `surveys.manage`.
         */
        post: operations["sendSurveyInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contact budget of the workspace
         * @description Access: permission `surveys.read`.
         */
        get: operations["getSurveySettings"];
        /**
         * Set the contact budget: at most one survey per person per N days
         * @description Access: permission `surveys.manage`.
         */
        put: operations["updateSurveySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-followups/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff who may be assigned a follow-up
         * @description Access: permission `surveys.follow_up`.
         */
        get: operations["listSurveyFollowupAssignees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/s": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open surveys anyone may answer (those not sent by an event or shown by the widget)
         * @description The same for everyone: answered from memory (ETag; If-None-Match gets 304).
         *
         *     Access: public.
         */
        get: operations["listOpenSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/s/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survey as respondents see it
         * @description The same for everyone: answered from memory (ETag; If-None-Match gets 304).
         *
         *     Access: public.
         */
        get: operations["getSurveyForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/s/{slug}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start (or resume) a response; returns the token that saves it
         * @description Access: public.
         */
        post: operations["startSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resume a response where it was left
         * @description Access: public.
         */
        get: operations["getSurveyResponse"];
        /**
         * Save answers as the respondent goes; complete: true sends the response
         * @description Access: public.
         */
        put: operations["saveSurveyResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-opt-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether I have opted out of surveys
         * @description Access: signed-in.
         */
        get: operations["getSurveyOptOut"];
        put?: never;
        /**
         * Never be asked for a survey again (signed in, or with the token of a personal link)
         * @description Access: public.
         */
        post: operations["optOutOfSurveys"];
        /**
         * Accept survey invitations again
         * @description Access: signed-in.
         */
        delete: operations["optInToSurveys"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * NPS, CSAT, CES, ratings, choices and KANO of every question (see docs/metrics.md)
         * @description Access: permission `surveys.read`.
         */
        get: operations["getSurveySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A question's headline number by day, week or month
         * @description Access: permission `surveys.read`.
         */
        get: operations["getSurveyTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A question's headline number by channel, touchpoint, language or segment
         * @description Access: permission `surveys.read`.
         */
        get: operations["getSurveyBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/kano": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KANO categories, strength, Fong test, Better/Worse and DuMouchel scores of every feature
         * @description Access: permission `surveys.read`.
         */
        get: operations["getSurveyKano"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Keywords and phrases of an open-text question, by period and segment
         * @description Access: permission `surveys.read`.
         */
        get: operations["getSurveyText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Completed responses, newest first (q: drill down by words)
         * @description Access: permission `surveys.read`.
         */
        get: operations["listSurveyResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/responses.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Completed responses as CSV (UTF-8 with BOM)
         * @description Access: permission `surveys.read`.
         */
        get: operations["exportSurveyResponsesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow-ups of detractors and unhappy CSAT answers
         * @description Access: permission `surveys.follow_up`.
         */
        get: operations["listSurveyFollowups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-followups/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outcomes, movement of detractors who answered again, share recovered
         * @description Access: permission `surveys.follow_up`.
         */
        get: operations["getSurveyFollowupRecovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-followups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One follow-up
         * @description Access: permission `surveys.follow_up`.
         */
        get: operations["getSurveyFollowup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Assign, add a note, set the outcome, close
         * @description Access: permission `surveys.follow_up`.
         */
        patch: operations["updateSurveyFollowup"];
        trace?: never;
    };
    "/api/v1/survey-widget/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The survey the widget shows for a tracked event (or the feedback button), within sampling and the contact budget
         * @description Access: public.
         */
        post: operations["matchWidgetSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-widget/frame": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The widget's frame page, embedded by cocreate.js on the brand's site
         * @description Access: public.
         */
        get: operations["getWidgetFrame"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My cases, newest first
         * @description Access: signed-in.
         */
        get: operations["listMyCases"];
        put?: never;
        /**
         * File a complaint, repair request or question (acknowledged at once, in the portal and by email)
         * @description Access: signed-in.
         */
        post: operations["createMyCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my cases: public replies, offers, how to escalate
         * @description Access: signed-in.
         */
        get: operations["getMyCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/cases/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a message (and photos) to my case
         * @description Access: signed-in.
         */
        post: operations["createMyCaseMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept one offered remedy (with an appointment slot) or decline them with a reason
         * @description Access: signed-in.
         */
        post: operations["decideOnRemedies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/cases/{id}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a supervisor's review
         * @description Access: signed-in.
         */
        post: operations["escalateMyCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen my resolved case within the reopen period
         * @description Access: signed-in.
         */
        post: operations["reopenMyCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/cases/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate how my resolved case was handled (1-5)
         * @description Access: signed-in.
         */
        post: operations["rateMyCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Remedy menu, external recourse text, reopen period, warranty terms
         * @description Access: permission `cases.read`.
         */
        get: operations["getCaseSettings"];
        /**
         * Save the case settings
         * @description Access: permission `cases.manage`.
         */
        put: operations["updateCaseSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA targets (working minutes) per priority and case type
         * @description Access: permission `cases.read`.
         */
        get: operations["listCaseSlaPolicies"];
        /**
         * Replace the SLA policies
         * @description Access: permission `cases.manage`.
         */
        put: operations["updateCaseSlaPolicies"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holidays and make-up working days
         * @description Access: permission `cases.read`.
         */
        get: operations["listCaseCalendar"];
        /**
         * Replace the holidays and make-up working days
         * @description Access: permission `cases.manage`.
         */
        put: operations["updateCaseCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teams and how they assign
         * @description Access: permission `cases.read`.
         */
        get: operations["listCaseTeams"];
        put?: never;
        /**
         * Create a team
         * @description Access: permission `cases.manage`.
         */
        post: operations["createCaseTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a team
         * @description Access: permission `cases.manage`.
         */
        put: operations["updateCaseTeam"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-root-causes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The root-cause taxonomy (a tree), with each cause's path
         * @description Access: permission `cases.read`.
         */
        get: operations["listCaseRootCauses"];
        put?: never;
        /**
         * Add a root cause
         * @description Access: permission `cases.manage`.
         */
        post: operations["createCaseRootCause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-root-causes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an unused root cause
         * @description Access: permission `cases.manage`.
         */
        delete: operations["deleteCaseRootCause"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-macros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Saved replies
         * @description Access: permission `cases.read`.
         */
        get: operations["listCaseMacros"];
        put?: never;
        /**
         * Save a reply with placeholders such as {{customer.name}} and {{case.number}}
         * @description Access: permission `cases.manage`.
         */
        post: operations["createCaseMacro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-macros/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a saved reply
         * @description Access: permission `cases.manage`.
         */
        put: operations["updateCaseMacro"];
        post?: never;
        /**
         * Delete a saved reply
         * @description Access: permission `cases.manage`.
         */
        delete: operations["deleteCaseMacro"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/macros/{macroId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A saved reply filled in for this case
         * @description Access: permission `cases.read`.
         */
        get: operations["fillCaseMacro"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Volume, response and resolution times, SLA compliance, remedy acceptance, reopen rate, satisfaction
         * @description Access: permission `cases.read`.
         */
        get: operations["getCaseReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/reports.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same report as CSV
         * @description Access: permission `cases.read`.
         */
        get: operations["exportCaseReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queue: mine, team, unassigned, breaching soon, safety, resolved; with filters and search
         * @description Access: permission `cases.read`.
         */
        get: operations["listCases"];
        put?: never;
        /**
         * Record a case for a customer (a call, a mail, a store visit)
         * @description Access: permission `cases.work`.
         */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case with its whole thread (internal notes included)
         * @description Access: permission `cases.read`.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Assess: type, severity, priority, safety flag, warranty, status, root cause
         * @description Access: permission `cases.work`.
         */
        patch: operations["updateCase"];
        trace?: never;
    };
    "/api/v1/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit trail: every change to the case, who and when
         * @description Access: permission `cases.read`.
         */
        get: operations["listCaseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign to a team and agent, by hand or by the team rule
         * @description Access: permission `cases.work`.
         */
        post: operations["assignCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to the customer or add an internal note
         * @description Access: permission `cases.work`.
         */
        post: operations["createCaseMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer remedies (with terms and appointment slots) for the customer to choose from
         * @description Access: permission `cases.work`.
         */
        post: operations["offerRemedies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/carried-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The accepted remedy has been carried out
         * @description Access: permission `cases.work`.
         */
        post: operations["markRemedyCarriedOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve the case (tag a root cause); starts the reopen period
         * @description Access: permission `cases.work`.
         */
        post: operations["resolveCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this duplicate into another case of the same customer
         * @description Access: permission `cases.work`.
         */
        post: operations["mergeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/idea-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link the case to an idea (a product improvement)
         * @description Access: permission `cases.work`.
         */
        post: operations["linkCaseToIdea"];
        /**
         * Remove the link to an idea
         * @description Access: permission `cases.work`.
         */
        delete: operations["unlinkCaseFromIdea"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/cocreation-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite the customer into the co-creation programme
         * @description Access: permission `cases.work`.
         */
        post: operations["inviteToCocreation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign, reprioritise or resolve many cases at once (all or nothing)
         * @description Access: permission `cases.work`.
         */
        post: operations["bulkUpdateCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details. Switch on `code`, which is stable; `detail` is for people. docs/api.md lists every code. */
        Problem: {
            /**
             * Format: uri
             * @description A URI naming the kind of problem: https://cocreate.dev/problems/<code>.
             */
            type: string;
            /** @description The status code's reason phrase. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * Format: uri-reference
             * @description The path and query of the request.
             */
            instance?: string;
            /**
             * @description The stable code: what clients switch on.
             * @enum {string}
             */
            code: "already_escalated" | "already_invited" | "already_linked" | "already_member" | "already_verified" | "bad_request" | "bad_url" | "case_closed" | "csrf_check_failed" | "edit_window_closed" | "empty_file" | "file_not_claimable" | "file_too_large" | "followup_closed" | "forbidden" | "headers_too_large" | "idea_closed" | "idea_locked" | "idea_merged" | "idempotency_key_reused" | "idempotency_request_in_progress" | "internal_error" | "invalid_api_key" | "invalid_credentials" | "invalid_identity_token" | "invalid_image" | "invalid_token" | "invitation_used" | "last_owner" | "malformed_json" | "malformed_multipart" | "method_not_allowed" | "multipart_expected" | "no_accepted_remedy" | "no_email" | "no_open_offer" | "not_found" | "not_resolved" | "offer_pending" | "payload_too_large" | "question_type_locked" | "rate_limited" | "reopen_period_over" | "request_timeout" | "response_completed" | "root_cause_in_use" | "same_workspace" | "setup_done" | "setup_required" | "sign_in_locked" | "slug_taken" | "status_in_use" | "survey_closed" | "unauthenticated" | "unsupported_file_type" | "unsupported_media_type" | "uri_too_long" | "validation_failed" | "vote_budget_spent" | "workspace_mismatch" | "workspace_not_found";
            /** @description The `X-Request-Id` of the request: quote it when asking for help. */
            requestId: string;
            /** @description For `validation_failed`: each field that was refused. */
            errors?: components["schemas"]["FieldProblem"][];
            /**
             * Format: date-time
             * @description For `sign_in_locked`: when this client address may try again.
             */
            retryAfter?: string;
        };
        FieldProblem: {
            /**
             * @description Where the value was: `body.<field>`, `query.<name>`, `params.<name>` or `headers.<name>`.
             * @example body.title
             * @example query.limit
             */
            field: string;
            message: string;
        };
    };
    responses: {
        /** @description The request is malformed or a field is not valid. Codes: `bad_request`, `bad_url`, `empty_file`, `file_not_claimable`, `invalid_credentials`, `invalid_image`, `invalid_token`, `malformed_json`, `malformed_multipart`, `validation_failed`. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid credentials: sign in, or send a valid API key. Codes: `invalid_api_key`, `invalid_credentials`, `invalid_identity_token`, `unauthenticated`. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller may not do this. Codes: `csrf_check_failed`, `forbidden`, `workspace_mismatch`. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing here, or nothing the caller may see. Codes: `not_found`, `workspace_not_found`. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state of the resource. Codes: `already_escalated`, `already_invited`, `already_linked`, `already_member`, `already_verified`, `case_closed`, `edit_window_closed`, `followup_closed`, `idea_closed`, `idea_locked`, `idea_merged`, `idempotency_request_in_progress`, `invitation_used`, `last_owner`, `no_accepted_remedy`, `no_email`, `no_open_offer`, `not_resolved`, `offer_pending`, `question_type_locked`, `reopen_period_over`, `response_completed`, `root_cause_in_use`, `same_workspace`, `setup_done`, `setup_required`, `slug_taken`, `status_in_use`, `survey_closed`, `vote_budget_spent`. */
        Conflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is too large. Codes: `file_too_large`, `payload_too_large`. */
        ContentTooLarge: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not in a content type the operation accepts. Codes: `multipart_expected`, `unsupported_file_type`, `unsupported_media_type`. */
        UnsupportedMediaType: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but cannot be processed as sent. Codes: `idempotency_key_reused`. */
        UnprocessableContent: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests: wait as `Retry-After` says. Codes: `rate_limited`, `sign_in_locked`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
        IdempotencyKey: string;
        /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
        Workspace: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
        /** @description Where the created resource is read (its GET). */
        Location: string;
        /** @description How many requests this client address may make in the window (a minute). */
        RateLimitLimit: number;
        /** @description How many of them are left. */
        RateLimitRemaining: number;
        /** @description Seconds until the window starts afresh. */
        RateLimitReset: number;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        setupNeeded: boolean;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setUpWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workspace: {
                        name: string;
                        slug: string;
                        logoUrl?: string | null;
                        /** @enum {string} */
                        defaultLocale?: "zh-CN" | "en";
                        timeZone?: string;
                        businessHours?: {
                            mon: {
                                start: string;
                                end: string;
                            }[];
                            tue: {
                                start: string;
                                end: string;
                            }[];
                            wed: {
                                start: string;
                                end: string;
                            }[];
                            thu: {
                                start: string;
                                end: string;
                            }[];
                            fri: {
                                start: string;
                                end: string;
                            }[];
                            sat: {
                                start: string;
                                end: string;
                            }[];
                            sun: {
                                start: string;
                                end: string;
                            }[];
                        };
                    };
                    owner: {
                        /** Format: email */
                        email: string;
                        password: string;
                        displayName: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    displayName: string;
                    /** @enum {string} */
                    locale?: "zh-CN" | "en";
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestSignInLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    completeSignInLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    completePasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    identify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /**
                     * @description `header`: return the session in the body (for the widget frame on a brand's site, where third-party cookies are blocked); send it back as `X-Cocreate-Session`
                     * @default cookie
                     * @enum {string}
                     */
                    delivery?: "cookie" | "header";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                        sessionToken?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    displayName: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    avatarUrl?: string | null;
                    locale?: ("zh-CN" | "en") | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMyWorkspaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    switchWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    workspaceId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        };
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    /** @description The other workspace's address (slug) or id */
                    workspace: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        logoUrl: string | null;
                        defaultLocale: string;
                        timeZone: string;
                        businessHours: {
                            mon: {
                                start: string;
                                end: string;
                            }[];
                            tue: {
                                start: string;
                                end: string;
                            }[];
                            wed: {
                                start: string;
                                end: string;
                            }[];
                            thu: {
                                start: string;
                                end: string;
                            }[];
                            fri: {
                                start: string;
                                end: string;
                            }[];
                            sat: {
                                start: string;
                                end: string;
                            }[];
                            sun: {
                                start: string;
                                end: string;
                            }[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    logoUrl?: string | null;
                    /** @enum {string} */
                    defaultLocale?: "zh-CN" | "en";
                    timeZone?: string;
                    businessHours?: {
                        mon: {
                            start: string;
                            end: string;
                        }[];
                        tue: {
                            start: string;
                            end: string;
                        }[];
                        wed: {
                            start: string;
                            end: string;
                        }[];
                        thu: {
                            start: string;
                            end: string;
                        }[];
                        fri: {
                            start: string;
                            end: string;
                        }[];
                        sat: {
                            start: string;
                            end: string;
                        }[];
                        sun: {
                            start: string;
                            end: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        logoUrl: string | null;
                        defaultLocale: string;
                        timeZone: string;
                        businessHours: {
                            mon: {
                                start: string;
                                end: string;
                            }[];
                            tue: {
                                start: string;
                                end: string;
                            }[];
                            wed: {
                                start: string;
                                end: string;
                            }[];
                            thu: {
                                start: string;
                                end: string;
                            }[];
                            fri: {
                                start: string;
                                end: string;
                            }[];
                            sat: {
                                start: string;
                                end: string;
                            }[];
                            sun: {
                                start: string;
                                end: string;
                            }[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug: string;
                    logoUrl?: string | null;
                    /** @enum {string} */
                    defaultLocale?: "zh-CN" | "en";
                    timeZone?: string;
                    businessHours?: {
                        mon: {
                            start: string;
                            end: string;
                        }[];
                        tue: {
                            start: string;
                            end: string;
                        }[];
                        wed: {
                            start: string;
                            end: string;
                        }[];
                        thu: {
                            start: string;
                            end: string;
                        }[];
                        fri: {
                            start: string;
                            end: string;
                        }[];
                        sat: {
                            start: string;
                            end: string;
                        }[];
                        sun: {
                            start: string;
                            end: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getIdentifySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        publicKey: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateIdentifySecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        publicKey: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setIdentifyPublicKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    publicKey: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        publicKey: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string | null;
                            emailVerified: boolean;
                            displayName: string;
                            avatarUrl: string | null;
                            locale: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "agent" | "moderator" | "customer";
                            externalId: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: date-time */
                            createdAt: string;
                            lastSeenAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "agent" | "moderator" | "customer";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string | null;
                        emailVerified: boolean;
                        displayName: string;
                        avatarUrl: string | null;
                        locale: string | null;
                        /** @enum {string} */
                        role: "owner" | "admin" | "agent" | "moderator" | "customer";
                        externalId: string | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** Format: date-time */
                        createdAt: string;
                        lastSeenAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "agent" | "moderator";
                            /** Format: date-time */
                            expiresAt: string;
                            acceptedAt: string | null;
                            revokedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "agent" | "moderator";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "agent" | "moderator";
                        /** Format: date-time */
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    previewInvitation: {
        parameters: {
            query: {
                token: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "agent" | "moderator";
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            logoUrl: string | null;
                            defaultLocale: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            scopes: ("read" | "write" | "admin")[];
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("read" | "write" | "admin")[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        scopes: ("read" | "write" | "admin")[];
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** @description Shown once; store it now */
                        key: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            actorLabel: string;
                            action: string;
                            targetType: string | null;
                            targetId: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            ip: string | null;
                            userAgent: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                status?: "queued" | "running" | "done" | "dead";
                limit?: number;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "dead";
                            attempts: number;
                            maxAttempts: number;
                            lastError: string | null;
                            /** Format: date-time */
                            runAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    retryJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    uploadFile: {
        parameters: {
            query: {
                purpose: "idea_image" | "case_photo" | "logo";
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created; read it at `/api/v1/files/{id}`, as the `Location` header says. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        url: string;
                        contentType: string;
                        size: number;
                        width: number;
                        height: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                unread?: "true" | "false";
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            category: string | null;
                            title: string;
                            body: string;
                            link: string | null;
                            read: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getNotificationUnreadCount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            key: string;
                            label: string;
                            email: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description category key -> whether to receive its emails */
                    email: {
                        [key: string]: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            key: string;
                            label: string;
                            email: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    previewUnsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string;
                        label: string;
                        email: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unsubscribe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string;
                        label: string;
                        email: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaBoards: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            visibility: "public" | "private";
                            accessSegments: string[];
                            tags: string[];
                            voteBudget: number | null;
                            /** @description for the signed-in customer, when the board has a budget */
                            votesLeft: number | null;
                            importanceEnabled: boolean;
                            weightRule: {
                                /** @description customer attribute that weighs a vote, e.g. segment */
                                attribute?: string;
                                values?: {
                                    [key: string]: number;
                                };
                                importance?: {
                                    nice_to_have?: number;
                                    important?: number;
                                    critical?: number;
                                };
                            };
                            thresholdSupporters: number | null;
                            thresholdSharePercent: number | null;
                            /** @description supporters needed now (the lower of the two rules) */
                            threshold: number | null;
                            answerDays: number;
                            /** @enum {string} */
                            premoderation: "off" | "new_customers" | "all";
                            archived: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createIdeaBoard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /** @enum {string} */
                    visibility?: "public" | "private";
                    accessSegments?: string[];
                    memberIds?: string[];
                    tags?: string[];
                    voteBudget?: number | null;
                    importanceEnabled?: boolean;
                    weightRule?: {
                        /** @description customer attribute that weighs a vote, e.g. segment */
                        attribute?: string;
                        values?: {
                            [key: string]: number;
                        };
                        importance?: {
                            nice_to_have?: number;
                            important?: number;
                            critical?: number;
                        };
                    };
                    thresholdSupporters?: number | null;
                    thresholdSharePercent?: number | null;
                    answerDays?: number;
                    /** @enum {string} */
                    premoderation?: "off" | "new_customers" | "all";
                    archived?: boolean;
                    slug: string;
                };
            };
        };
        responses: {
            /** @description Created; read it at `/api/v1/idea-boards/{id}`, as the `Location` header says. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        visibility: "public" | "private";
                        accessSegments: string[];
                        tags: string[];
                        voteBudget: number | null;
                        /** @description for the signed-in customer, when the board has a budget */
                        votesLeft: number | null;
                        importanceEnabled: boolean;
                        weightRule: {
                            /** @description customer attribute that weighs a vote, e.g. segment */
                            attribute?: string;
                            values?: {
                                [key: string]: number;
                            };
                            importance?: {
                                nice_to_have?: number;
                                important?: number;
                                critical?: number;
                            };
                        };
                        thresholdSupporters: number | null;
                        thresholdSharePercent: number | null;
                        /** @description supporters needed now (the lower of the two rules) */
                        threshold: number | null;
                        answerDays: number;
                        /** @enum {string} */
                        premoderation: "off" | "new_customers" | "all";
                        archived: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getIdeaBoard: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                /** @description board id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        visibility: "public" | "private";
                        accessSegments: string[];
                        tags: string[];
                        voteBudget: number | null;
                        /** @description for the signed-in customer, when the board has a budget */
                        votesLeft: number | null;
                        importanceEnabled: boolean;
                        weightRule: {
                            /** @description customer attribute that weighs a vote, e.g. segment */
                            attribute?: string;
                            values?: {
                                [key: string]: number;
                            };
                            importance?: {
                                nice_to_have?: number;
                                important?: number;
                                critical?: number;
                            };
                        };
                        thresholdSupporters: number | null;
                        thresholdSharePercent: number | null;
                        /** @description supporters needed now (the lower of the two rules) */
                        threshold: number | null;
                        answerDays: number;
                        /** @enum {string} */
                        premoderation: "off" | "new_customers" | "all";
                        archived: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateIdeaBoard: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @enum {string} */
                    visibility?: "public" | "private";
                    accessSegments?: string[];
                    memberIds?: string[];
                    tags?: string[];
                    voteBudget?: number | null;
                    importanceEnabled?: boolean;
                    weightRule?: {
                        /** @description customer attribute that weighs a vote, e.g. segment */
                        attribute?: string;
                        values?: {
                            [key: string]: number;
                        };
                        importance?: {
                            nice_to_have?: number;
                            important?: number;
                            critical?: number;
                        };
                    };
                    thresholdSupporters?: number | null;
                    thresholdSharePercent?: number | null;
                    answerDays?: number;
                    /** @enum {string} */
                    premoderation?: "off" | "new_customers" | "all";
                    archived?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        visibility: "public" | "private";
                        accessSegments: string[];
                        tags: string[];
                        voteBudget: number | null;
                        /** @description for the signed-in customer, when the board has a budget */
                        votesLeft: number | null;
                        importanceEnabled: boolean;
                        weightRule: {
                            /** @description customer attribute that weighs a vote, e.g. segment */
                            attribute?: string;
                            values?: {
                                [key: string]: number;
                            };
                            importance?: {
                                nice_to_have?: number;
                                important?: number;
                                critical?: number;
                            };
                        };
                        thresholdSupporters: number | null;
                        thresholdSharePercent: number | null;
                        /** @description supporters needed now (the lower of the two rules) */
                        threshold: number | null;
                        answerDays: number;
                        /** @enum {string} */
                        premoderation: "off" | "new_customers" | "all";
                        archived: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaStatuses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            /** @enum {string} */
                            stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                            names: {
                                "zh-CN": string;
                                en: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceIdeaStatuses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        key: string;
                        /** @enum {string} */
                        stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                        names: {
                            "zh-CN": string;
                            en: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            /** @enum {string} */
                            stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                            names: {
                                "zh-CN": string;
                                en: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeas: {
        parameters: {
            query?: {
                board?: string;
                sort?: "trending" | "top" | "new";
                status?: string;
                tag?: string;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description An ETag from an earlier answer: when it is still current the answer is 304 with no body. */
                "if-none-match"?: string;
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Identifies this body; send it back as If-None-Match. */
                    ETag?: string;
                    /** @description `public, max-age=0, must-revalidate` without credentials, `private, no-cache` with them (revalidate each time); read-only pages may add `stale-while-revalidate`. Answers for staff are `private, no-store`. */
                    "Cache-Control"?: string;
                    /** @description Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace */
                    Vary?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            boardId: string;
                            title: string;
                            tags: string[];
                            status: string;
                            /** @enum {string} */
                            stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                            voteCount: number;
                            weightedVotes: number;
                            commentCount: number;
                            /** @description votes decayed with a 72-hour half-life */
                            trending: number;
                            /** @enum {string} */
                            moderation: "pending" | "visible" | "hidden";
                            locked: boolean;
                            mergedIntoId: string | null;
                            authorName: string | null;
                            answered: boolean;
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                            myVote: {
                                /** @enum {string} */
                                importance: "nice_to_have" | "important" | "critical";
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current; no body. */
            304: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    board: string;
                    title: string;
                    /** @default  */
                    body?: string;
                    /** @default [] */
                    tags?: string[];
                    /** @default [] */
                    imageIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created; read it at `/api/v1/ideas/{id}`, as the `Location` header says. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        boardId: string;
                        title: string;
                        tags: string[];
                        status: string;
                        /** @enum {string} */
                        stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                        voteCount: number;
                        weightedVotes: number;
                        commentCount: number;
                        /** @description votes decayed with a 72-hour half-life */
                        trending: number;
                        /** @enum {string} */
                        moderation: "pending" | "visible" | "hidden";
                        locked: boolean;
                        mergedIntoId: string | null;
                        authorName: string | null;
                        answered: boolean;
                        /** Format: date-time */
                        shippedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        body: string;
                        bodyHtml: string;
                        answer: {
                            body: string;
                            bodyHtml: string;
                            authorName: string | null;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        threshold: {
                            target: number | null;
                            supporters: number;
                            /** Format: date-time */
                            reachedAt: string | null;
                            /** Format: date-time */
                            answerDueAt: string | null;
                            overdue: boolean;
                        };
                        /** @description whether the caller follows it (staff, an author on their pending idea); null in the shared page: see /ideas/viewer-state */
                        following: boolean | null;
                        /** @description staff only */
                        rice: {
                            reach: number;
                            impact: number | null;
                            confidence: number | null;
                            effort: number | null;
                            score: number | null;
                        } | null;
                        boardSlug: string;
                        boardName: string;
                        images: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaViewerState: {
        parameters: {
            query: {
                /** @description idea ids, comma-separated, up to 200 */
                ids: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description an id asked for, in lower case */
                            ideaId: string;
                            myVote: {
                                /** @enum {string} */
                                importance: "nice_to_have" | "important" | "critical";
                            } | null;
                            following: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getRoadmap: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier answer: when it is still current the answer is 304 with no body. */
                "if-none-match"?: string;
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Identifies this body; send it back as If-None-Match. */
                    ETag?: string;
                    /** @description `public, max-age=0, must-revalidate` without credentials, `private, no-cache` with them (revalidate each time); read-only pages may add `stale-while-revalidate`. Answers for staff are `private, no-store`. */
                    "Cache-Control"?: string;
                    /** @description Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace */
                    Vary?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: {
                            /** @enum {string} */
                            stage: "planned" | "in_progress" | "shipped";
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                boardId: string;
                                title: string;
                                tags: string[];
                                status: string;
                                /** @enum {string} */
                                stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                                voteCount: number;
                                weightedVotes: number;
                                commentCount: number;
                                /** @description votes decayed with a 72-hour half-life */
                                trending: number;
                                /** @enum {string} */
                                moderation: "pending" | "visible" | "hidden";
                                locked: boolean;
                                mergedIntoId: string | null;
                                authorName: string | null;
                                answered: boolean;
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                                myVote: {
                                    /** @enum {string} */
                                    importance: "nice_to_have" | "important" | "critical";
                                } | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current; no body. */
            304: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listChangelog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: {
                /** @description An ETag from an earlier answer: when it is still current the answer is 304 with no body. */
                "if-none-match"?: string;
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Identifies this body; send it back as If-None-Match. */
                    ETag?: string;
                    /** @description `public, max-age=0, must-revalidate` without credentials, `private, no-cache` with them (revalidate each time); read-only pages may add `stale-while-revalidate`. Answers for staff are `private, no-store`. */
                    "Cache-Control"?: string;
                    /** @description Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace */
                    Vary?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            boardId: string;
                            title: string;
                            tags: string[];
                            status: string;
                            /** @enum {string} */
                            stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                            voteCount: number;
                            weightedVotes: number;
                            commentCount: number;
                            /** @description votes decayed with a 72-hour half-life */
                            trending: number;
                            /** @enum {string} */
                            moderation: "pending" | "visible" | "hidden";
                            locked: boolean;
                            mergedIntoId: string | null;
                            authorName: string | null;
                            answered: boolean;
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                            myVote: {
                                /** @enum {string} */
                                importance: "nice_to_have" | "important" | "critical";
                            } | null;
                            answerHtml: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current; no body. */
            304: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier answer: when it is still current the answer is 304 with no body. */
                "if-none-match"?: string;
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Identifies this body; send it back as If-None-Match. */
                    ETag?: string;
                    /** @description `public, max-age=0, must-revalidate` without credentials, `private, no-cache` with them (revalidate each time); read-only pages may add `stale-while-revalidate`. Answers for staff are `private, no-store`. */
                    "Cache-Control"?: string;
                    /** @description Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace */
                    Vary?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        boardId: string;
                        title: string;
                        tags: string[];
                        status: string;
                        /** @enum {string} */
                        stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                        voteCount: number;
                        weightedVotes: number;
                        commentCount: number;
                        /** @description votes decayed with a 72-hour half-life */
                        trending: number;
                        /** @enum {string} */
                        moderation: "pending" | "visible" | "hidden";
                        locked: boolean;
                        mergedIntoId: string | null;
                        authorName: string | null;
                        answered: boolean;
                        /** Format: date-time */
                        shippedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        body: string;
                        bodyHtml: string;
                        answer: {
                            body: string;
                            bodyHtml: string;
                            authorName: string | null;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        threshold: {
                            target: number | null;
                            supporters: number;
                            /** Format: date-time */
                            reachedAt: string | null;
                            /** Format: date-time */
                            answerDueAt: string | null;
                            overdue: boolean;
                        };
                        /** @description whether the caller follows it (staff, an author on their pending idea); null in the shared page: see /ideas/viewer-state */
                        following: boolean | null;
                        /** @description staff only */
                        rice: {
                            reach: number;
                            impact: number | null;
                            confidence: number | null;
                            effort: number | null;
                            score: number | null;
                        } | null;
                        boardSlug: string;
                        boardName: string;
                        images: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                    };
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current; no body. */
            304: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    body?: string;
                    tags?: string[];
                    /** @description move to this board (id or slug) */
                    board?: string;
                    locked?: boolean;
                    /**
                     * @description approve a pending idea, hide or unhide
                     * @enum {string}
                     */
                    moderation?: "visible" | "hidden";
                    rice?: {
                        impact: number | null;
                        confidence: number | null;
                        effort: number | null;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        boardId: string;
                        title: string;
                        tags: string[];
                        status: string;
                        /** @enum {string} */
                        stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                        voteCount: number;
                        weightedVotes: number;
                        commentCount: number;
                        /** @description votes decayed with a 72-hour half-life */
                        trending: number;
                        /** @enum {string} */
                        moderation: "pending" | "visible" | "hidden";
                        locked: boolean;
                        mergedIntoId: string | null;
                        authorName: string | null;
                        answered: boolean;
                        /** Format: date-time */
                        shippedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        body: string;
                        bodyHtml: string;
                        answer: {
                            body: string;
                            bodyHtml: string;
                            authorName: string | null;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        threshold: {
                            target: number | null;
                            supporters: number;
                            /** Format: date-time */
                            reachedAt: string | null;
                            /** Format: date-time */
                            answerDueAt: string | null;
                            overdue: boolean;
                        };
                        /** @description whether the caller follows it (staff, an author on their pending idea); null in the shared page: see /ideas/viewer-state */
                        following: boolean | null;
                        /** @description staff only */
                        rice: {
                            reach: number;
                            impact: number | null;
                            confidence: number | null;
                            effort: number | null;
                            score: number | null;
                        } | null;
                        boardSlug: string;
                        boardName: string;
                        images: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSimilarIdeas: {
        parameters: {
            query: {
                board?: string;
                title: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            status: string;
                            voteCount: number;
                            score: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            fromStatus: string | null;
                            toStatus: string;
                            note: string;
                            actorLabel: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    castVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default important
                     * @enum {string}
                     */
                    importance?: "nice_to_have" | "important" | "critical";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        voteCount: number;
                        weightedVotes: number;
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        votesLeft: number | null;
                        status: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    withdrawVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        voteCount: number;
                        weightedVotes: number;
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        votesLeft: number | null;
                        status: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    followIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unfollowIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaComments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            ideaId: string;
                            parentId: string | null;
                            authorId: string | null;
                            authorName: string | null;
                            staff: boolean;
                            body: string;
                            bodyHtml: string;
                            hidden: boolean;
                            movedFromIdeaId: string | null;
                            /** @description staff only: how many people reported it */
                            reportCount: number | null;
                            editable: boolean;
                            /** Format: date-time */
                            editedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createIdeaComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** Format: uuid */
                    parentId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        ideaId: string;
                        parentId: string | null;
                        authorId: string | null;
                        authorName: string | null;
                        staff: boolean;
                        body: string;
                        bodyHtml: string;
                        hidden: boolean;
                        movedFromIdeaId: string | null;
                        /** @description staff only: how many people reported it */
                        reportCount: number | null;
                        editable: boolean;
                        /** Format: date-time */
                        editedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateIdeaComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        ideaId: string;
                        parentId: string | null;
                        authorId: string | null;
                        authorName: string | null;
                        staff: boolean;
                        body: string;
                        bodyHtml: string;
                        hidden: boolean;
                        movedFromIdeaId: string | null;
                        /** @description staff only: how many people reported it */
                        reportCount: number | null;
                        editable: boolean;
                        /** Format: date-time */
                        editedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    reportIdeaComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaInbox: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            boardId: string;
                            title: string;
                            tags: string[];
                            status: string;
                            /** @enum {string} */
                            stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                            voteCount: number;
                            weightedVotes: number;
                            commentCount: number;
                            /** @description votes decayed with a 72-hour half-life */
                            trending: number;
                            /** @enum {string} */
                            moderation: "pending" | "visible" | "hidden";
                            locked: boolean;
                            mergedIntoId: string | null;
                            authorName: string | null;
                            answered: boolean;
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                            myVote: {
                                /** @enum {string} */
                                importance: "nice_to_have" | "important" | "critical";
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaPriorities: {
        parameters: {
            query?: {
                board?: string;
                sort?: "votes" | "weighted" | "trending" | "rice" | "newest";
                limit?: number;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            boardId: string;
                            title: string;
                            tags: string[];
                            status: string;
                            /** @enum {string} */
                            stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                            voteCount: number;
                            weightedVotes: number;
                            commentCount: number;
                            /** @description votes decayed with a 72-hour half-life */
                            trending: number;
                            /** @enum {string} */
                            moderation: "pending" | "visible" | "hidden";
                            locked: boolean;
                            mergedIntoId: string | null;
                            authorName: string | null;
                            answered: boolean;
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                            myVote: {
                                /** @enum {string} */
                                importance: "nice_to_have" | "important" | "critical";
                            } | null;
                            rice: {
                                reach: number;
                                impact: number | null;
                                confidence: number | null;
                                effort: number | null;
                                score: number | null;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listOverdueIdeas: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            boardId: string;
                            title: string;
                            tags: string[];
                            status: string;
                            /** @enum {string} */
                            stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                            voteCount: number;
                            weightedVotes: number;
                            commentCount: number;
                            /** @description votes decayed with a 72-hour half-life */
                            trending: number;
                            /** @enum {string} */
                            moderation: "pending" | "visible" | "hidden";
                            locked: boolean;
                            mergedIntoId: string | null;
                            authorName: string | null;
                            answered: boolean;
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                            myVote: {
                                /** @enum {string} */
                                importance: "nice_to_have" | "important" | "critical";
                            } | null;
                            /** Format: date-time */
                            answerDueAt: string;
                            daysOverdue: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaBoardStats: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            boardId: string;
                            boardName: string;
                            ideas: number;
                            answered: number;
                            responseRate: number | null;
                            medianHoursToFirstAnswer: number | null;
                            overdue: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportIdeasCsv: {
        parameters: {
            query?: {
                board?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description attachment, with the file name */
                    "Content-Disposition"?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIdeaVoters: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            userId: string;
                            displayName: string;
                            email: string | null;
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                            weight: number;
                            onBehalfBy: string | null;
                            onBehalfReason: string | null;
                            mergedFromIdeaId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeIdeaStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: string;
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        boardId: string;
                        title: string;
                        tags: string[];
                        status: string;
                        /** @enum {string} */
                        stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                        voteCount: number;
                        weightedVotes: number;
                        commentCount: number;
                        /** @description votes decayed with a 72-hour half-life */
                        trending: number;
                        /** @enum {string} */
                        moderation: "pending" | "visible" | "hidden";
                        locked: boolean;
                        mergedIntoId: string | null;
                        authorName: string | null;
                        answered: boolean;
                        /** Format: date-time */
                        shippedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        body: string;
                        bodyHtml: string;
                        answer: {
                            body: string;
                            bodyHtml: string;
                            authorName: string | null;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        threshold: {
                            target: number | null;
                            supporters: number;
                            /** Format: date-time */
                            reachedAt: string | null;
                            /** Format: date-time */
                            answerDueAt: string | null;
                            overdue: boolean;
                        };
                        /** @description whether the caller follows it (staff, an author on their pending idea); null in the shared page: see /ideas/viewer-state */
                        following: boolean | null;
                        /** @description staff only */
                        rice: {
                            reach: number;
                            impact: number | null;
                            confidence: number | null;
                            effort: number | null;
                            score: number | null;
                        } | null;
                        boardSlug: string;
                        boardName: string;
                        images: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    answerIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        boardId: string;
                        title: string;
                        tags: string[];
                        status: string;
                        /** @enum {string} */
                        stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                        voteCount: number;
                        weightedVotes: number;
                        commentCount: number;
                        /** @description votes decayed with a 72-hour half-life */
                        trending: number;
                        /** @enum {string} */
                        moderation: "pending" | "visible" | "hidden";
                        locked: boolean;
                        mergedIntoId: string | null;
                        authorName: string | null;
                        answered: boolean;
                        /** Format: date-time */
                        shippedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        body: string;
                        bodyHtml: string;
                        answer: {
                            body: string;
                            bodyHtml: string;
                            authorName: string | null;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        threshold: {
                            target: number | null;
                            supporters: number;
                            /** Format: date-time */
                            reachedAt: string | null;
                            /** Format: date-time */
                            answerDueAt: string | null;
                            overdue: boolean;
                        };
                        /** @description whether the caller follows it (staff, an author on their pending idea); null in the shared page: see /ideas/viewer-state */
                        following: boolean | null;
                        /** @description staff only */
                        rice: {
                            reach: number;
                            impact: number | null;
                            confidence: number | null;
                            effort: number | null;
                            score: number | null;
                        } | null;
                        boardSlug: string;
                        boardName: string;
                        images: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    mergeIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    intoId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        boardId: string;
                        title: string;
                        tags: string[];
                        status: string;
                        /** @enum {string} */
                        stage: "open" | "review" | "planned" | "in_progress" | "shipped" | "declined";
                        voteCount: number;
                        weightedVotes: number;
                        commentCount: number;
                        /** @description votes decayed with a 72-hour half-life */
                        trending: number;
                        /** @enum {string} */
                        moderation: "pending" | "visible" | "hidden";
                        locked: boolean;
                        mergedIntoId: string | null;
                        authorName: string | null;
                        answered: boolean;
                        /** Format: date-time */
                        shippedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state */
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        body: string;
                        bodyHtml: string;
                        answer: {
                            body: string;
                            bodyHtml: string;
                            authorName: string | null;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        threshold: {
                            target: number | null;
                            supporters: number;
                            /** Format: date-time */
                            reachedAt: string | null;
                            /** Format: date-time */
                            answerDueAt: string | null;
                            overdue: boolean;
                        };
                        /** @description whether the caller follows it (staff, an author on their pending idea); null in the shared page: see /ideas/viewer-state */
                        following: boolean | null;
                        /** @description staff only */
                        rice: {
                            reach: number;
                            impact: number | null;
                            confidence: number | null;
                            effort: number | null;
                            score: number | null;
                        } | null;
                        boardSlug: string;
                        boardName: string;
                        images: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    castVoteOnBehalf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId?: string;
                    /** Format: email */
                    customerEmail?: string;
                    reason: string;
                    /**
                     * @default important
                     * @enum {string}
                     */
                    importance?: "nice_to_have" | "important" | "critical";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        voteCount: number;
                        weightedVotes: number;
                        myVote: {
                            /** @enum {string} */
                            importance: "nice_to_have" | "important" | "critical";
                        } | null;
                        votesLeft: number | null;
                        status: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    moderateIdeaComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hidden: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        ideaId: string;
                        parentId: string | null;
                        authorId: string | null;
                        authorName: string | null;
                        staff: boolean;
                        body: string;
                        bodyHtml: string;
                        hidden: boolean;
                        movedFromIdeaId: string | null;
                        /** @description staff only: how many people reported it */
                        reportCount: number | null;
                        editable: boolean;
                        /** Format: date-time */
                        editedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSurveys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                status?: "draft" | "open" | "closed";
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            slug: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            welcome: {
                                en: string;
                                "zh-CN": string;
                            };
                            thanks: {
                                en: string;
                                "zh-CN": string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                                title: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @default false */
                                required: boolean;
                                scale?: {
                                    min: number;
                                    max: number;
                                };
                                choices?: {
                                    id: string;
                                    label: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                }[];
                                kano?: {
                                    functional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    dysfunctional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    ideaId?: string | null;
                                };
                                /** @default [] */
                                branches: {
                                    when: {
                                        /** @enum {string} */
                                        op: "eq" | "lte" | "gte" | "includes" | "answered";
                                        value?: number | string;
                                    };
                                    goTo: string | "end";
                                }[];
                            }[];
                            /** @default null */
                            opensAt: string | null;
                            /** @default null */
                            closesAt: string | null;
                            /** @default 1 */
                            samplingRate: number;
                            /** @default null */
                            quota: number | null;
                            /**
                             * @description Overrides the workspace budget for this survey
                             * @default null
                             */
                            contactCooldownDays: number | null;
                            /**
                             * @description Events that send this survey to the customer they concern, e.g. cases.case.resolved
                             * @default []
                             */
                            triggerEvents: string[];
                            /**
                             * @description Cocreate.track() names that show this survey in the widget
                             * @default []
                             */
                            widgetEvents: string[];
                            /**
                             * @description Customer attributes a widget respondent must have
                             * @default {}
                             */
                            audience: {
                                [key: string]: string | number | boolean;
                            };
                            /**
                             * @description The survey behind the widget's feedback button
                             * @default false
                             */
                            feedbackButton: boolean;
                            /**
                             * @description Do not link responses to the customer
                             * @default false
                             */
                            anonymous: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            completedCount: number;
                            publicPath: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug: string;
                    title: {
                        en: string;
                        "zh-CN": string;
                    };
                    welcome: {
                        en: string;
                        "zh-CN": string;
                    };
                    thanks: {
                        en: string;
                        "zh-CN": string;
                    };
                    questions: {
                        id: string;
                        /** @enum {string} */
                        type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        /** @default false */
                        required?: boolean;
                        scale?: {
                            min: number;
                            max: number;
                        };
                        choices?: {
                            id: string;
                            label: {
                                en: string;
                                "zh-CN": string;
                            };
                        }[];
                        kano?: {
                            functional: {
                                en: string;
                                "zh-CN": string;
                            };
                            dysfunctional: {
                                en: string;
                                "zh-CN": string;
                            };
                            ideaId?: string | null;
                        };
                        /** @default [] */
                        branches?: {
                            when: {
                                /** @enum {string} */
                                op: "eq" | "lte" | "gte" | "includes" | "answered";
                                value?: number | string;
                            };
                            goTo: string | "end";
                        }[];
                    }[];
                    /** @default null */
                    opensAt?: string | null;
                    /** @default null */
                    closesAt?: string | null;
                    /** @default 1 */
                    samplingRate?: number;
                    /** @default null */
                    quota?: number | null;
                    /**
                     * @description Overrides the workspace budget for this survey
                     * @default null
                     */
                    contactCooldownDays?: number | null;
                    /**
                     * @description Events that send this survey to the customer they concern, e.g. cases.case.resolved
                     * @default []
                     */
                    triggerEvents?: string[];
                    /**
                     * @description Cocreate.track() names that show this survey in the widget
                     * @default []
                     */
                    widgetEvents?: string[];
                    /**
                     * @description Customer attributes a widget respondent must have
                     * @default {}
                     */
                    audience?: {
                        [key: string]: string | number | boolean;
                    };
                    /**
                     * @description The survey behind the widget's feedback button
                     * @default false
                     */
                    feedbackButton?: boolean;
                    /**
                     * @description Do not link responses to the customer
                     * @default false
                     */
                    anonymous?: boolean;
                };
            };
        };
        responses: {
            /** @description Created; read it at `/api/v1/surveys/{id}`, as the `Location` header says. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        welcome: {
                            en: string;
                            "zh-CN": string;
                        };
                        thanks: {
                            en: string;
                            "zh-CN": string;
                        };
                        questions: {
                            id: string;
                            /** @enum {string} */
                            type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @default false */
                            required: boolean;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            choices?: {
                                id: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            }[];
                            kano?: {
                                functional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                dysfunctional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                ideaId?: string | null;
                            };
                            /** @default [] */
                            branches: {
                                when: {
                                    /** @enum {string} */
                                    op: "eq" | "lte" | "gte" | "includes" | "answered";
                                    value?: number | string;
                                };
                                goTo: string | "end";
                            }[];
                        }[];
                        /** @default null */
                        opensAt: string | null;
                        /** @default null */
                        closesAt: string | null;
                        /** @default 1 */
                        samplingRate: number;
                        /** @default null */
                        quota: number | null;
                        /**
                         * @description Overrides the workspace budget for this survey
                         * @default null
                         */
                        contactCooldownDays: number | null;
                        /**
                         * @description Events that send this survey to the customer they concern, e.g. cases.case.resolved
                         * @default []
                         */
                        triggerEvents: string[];
                        /**
                         * @description Cocreate.track() names that show this survey in the widget
                         * @default []
                         */
                        widgetEvents: string[];
                        /**
                         * @description Customer attributes a widget respondent must have
                         * @default {}
                         */
                        audience: {
                            [key: string]: string | number | boolean;
                        };
                        /**
                         * @description The survey behind the widget's feedback button
                         * @default false
                         */
                        feedbackButton: boolean;
                        /**
                         * @description Do not link responses to the customer
                         * @default false
                         */
                        anonymous: boolean;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        completedCount: number;
                        publicPath: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        welcome: {
                            en: string;
                            "zh-CN": string;
                        };
                        thanks: {
                            en: string;
                            "zh-CN": string;
                        };
                        questions: {
                            id: string;
                            /** @enum {string} */
                            type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @default false */
                            required: boolean;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            choices?: {
                                id: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            }[];
                            kano?: {
                                functional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                dysfunctional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                ideaId?: string | null;
                            };
                            /** @default [] */
                            branches: {
                                when: {
                                    /** @enum {string} */
                                    op: "eq" | "lte" | "gte" | "includes" | "answered";
                                    value?: number | string;
                                };
                                goTo: string | "end";
                            }[];
                        }[];
                        /** @default null */
                        opensAt: string | null;
                        /** @default null */
                        closesAt: string | null;
                        /** @default 1 */
                        samplingRate: number;
                        /** @default null */
                        quota: number | null;
                        /**
                         * @description Overrides the workspace budget for this survey
                         * @default null
                         */
                        contactCooldownDays: number | null;
                        /**
                         * @description Events that send this survey to the customer they concern, e.g. cases.case.resolved
                         * @default []
                         */
                        triggerEvents: string[];
                        /**
                         * @description Cocreate.track() names that show this survey in the widget
                         * @default []
                         */
                        widgetEvents: string[];
                        /**
                         * @description Customer attributes a widget respondent must have
                         * @default {}
                         */
                        audience: {
                            [key: string]: string | number | boolean;
                        };
                        /**
                         * @description The survey behind the widget's feedback button
                         * @default false
                         */
                        feedbackButton: boolean;
                        /**
                         * @description Do not link responses to the customer
                         * @default false
                         */
                        anonymous: boolean;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        completedCount: number;
                        publicPath: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug: string;
                    title: {
                        en: string;
                        "zh-CN": string;
                    };
                    welcome: {
                        en: string;
                        "zh-CN": string;
                    };
                    thanks: {
                        en: string;
                        "zh-CN": string;
                    };
                    questions: {
                        id: string;
                        /** @enum {string} */
                        type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        /** @default false */
                        required?: boolean;
                        scale?: {
                            min: number;
                            max: number;
                        };
                        choices?: {
                            id: string;
                            label: {
                                en: string;
                                "zh-CN": string;
                            };
                        }[];
                        kano?: {
                            functional: {
                                en: string;
                                "zh-CN": string;
                            };
                            dysfunctional: {
                                en: string;
                                "zh-CN": string;
                            };
                            ideaId?: string | null;
                        };
                        /** @default [] */
                        branches?: {
                            when: {
                                /** @enum {string} */
                                op: "eq" | "lte" | "gte" | "includes" | "answered";
                                value?: number | string;
                            };
                            goTo: string | "end";
                        }[];
                    }[];
                    /** @default null */
                    opensAt?: string | null;
                    /** @default null */
                    closesAt?: string | null;
                    /** @default 1 */
                    samplingRate?: number;
                    /** @default null */
                    quota?: number | null;
                    /**
                     * @description Overrides the workspace budget for this survey
                     * @default null
                     */
                    contactCooldownDays?: number | null;
                    /**
                     * @description Events that send this survey to the customer they concern, e.g. cases.case.resolved
                     * @default []
                     */
                    triggerEvents?: string[];
                    /**
                     * @description Cocreate.track() names that show this survey in the widget
                     * @default []
                     */
                    widgetEvents?: string[];
                    /**
                     * @description Customer attributes a widget respondent must have
                     * @default {}
                     */
                    audience?: {
                        [key: string]: string | number | boolean;
                    };
                    /**
                     * @description The survey behind the widget's feedback button
                     * @default false
                     */
                    feedbackButton?: boolean;
                    /**
                     * @description Do not link responses to the customer
                     * @default false
                     */
                    anonymous?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        welcome: {
                            en: string;
                            "zh-CN": string;
                        };
                        thanks: {
                            en: string;
                            "zh-CN": string;
                        };
                        questions: {
                            id: string;
                            /** @enum {string} */
                            type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @default false */
                            required: boolean;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            choices?: {
                                id: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            }[];
                            kano?: {
                                functional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                dysfunctional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                ideaId?: string | null;
                            };
                            /** @default [] */
                            branches: {
                                when: {
                                    /** @enum {string} */
                                    op: "eq" | "lte" | "gte" | "includes" | "answered";
                                    value?: number | string;
                                };
                                goTo: string | "end";
                            }[];
                        }[];
                        /** @default null */
                        opensAt: string | null;
                        /** @default null */
                        closesAt: string | null;
                        /** @default 1 */
                        samplingRate: number;
                        /** @default null */
                        quota: number | null;
                        /**
                         * @description Overrides the workspace budget for this survey
                         * @default null
                         */
                        contactCooldownDays: number | null;
                        /**
                         * @description Events that send this survey to the customer they concern, e.g. cases.case.resolved
                         * @default []
                         */
                        triggerEvents: string[];
                        /**
                         * @description Cocreate.track() names that show this survey in the widget
                         * @default []
                         */
                        widgetEvents: string[];
                        /**
                         * @description Customer attributes a widget respondent must have
                         * @default {}
                         */
                        audience: {
                            [key: string]: string | number | boolean;
                        };
                        /**
                         * @description The survey behind the widget's feedback button
                         * @default false
                         */
                        feedbackButton: boolean;
                        /**
                         * @description Do not link responses to the customer
                         * @default false
                         */
                        anonymous: boolean;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        completedCount: number;
                        publicPath: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeSurveyStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "closed";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        welcome: {
                            en: string;
                            "zh-CN": string;
                        };
                        thanks: {
                            en: string;
                            "zh-CN": string;
                        };
                        questions: {
                            id: string;
                            /** @enum {string} */
                            type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @default false */
                            required: boolean;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            choices?: {
                                id: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            }[];
                            kano?: {
                                functional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                dysfunctional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                ideaId?: string | null;
                            };
                            /** @default [] */
                            branches: {
                                when: {
                                    /** @enum {string} */
                                    op: "eq" | "lte" | "gte" | "includes" | "answered";
                                    value?: number | string;
                                };
                                goTo: string | "end";
                            }[];
                        }[];
                        /** @default null */
                        opensAt: string | null;
                        /** @default null */
                        closesAt: string | null;
                        /** @default 1 */
                        samplingRate: number;
                        /** @default null */
                        quota: number | null;
                        /**
                         * @description Overrides the workspace budget for this survey
                         * @default null
                         */
                        contactCooldownDays: number | null;
                        /**
                         * @description Events that send this survey to the customer they concern, e.g. cases.case.resolved
                         * @default []
                         */
                        triggerEvents: string[];
                        /**
                         * @description Cocreate.track() names that show this survey in the widget
                         * @default []
                         */
                        widgetEvents: string[];
                        /**
                         * @description Customer attributes a widget respondent must have
                         * @default {}
                         */
                        audience: {
                            [key: string]: string | number | boolean;
                        };
                        /**
                         * @description The survey behind the widget's feedback button
                         * @default false
                         */
                        feedbackButton: boolean;
                        /**
                         * @description Do not link responses to the customer
                         * @default false
                         */
                        anonymous: boolean;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        completedCount: number;
                        publicPath: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    sendSurveyInvitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    customerIds?: string[];
                    emails?: string[];
                    /**
                     * @default email
                     * @enum {string}
                     */
                    channel?: "email" | "personal_link";
                    touchpoint?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sent: number;
                        skipped: {
                            optedOut: number;
                            contactBudget: number;
                            unknown: number;
                        };
                        /** @description Personal links (single use) */
                        links: {
                            email: string | null;
                            customerId: string | null;
                            url: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactCooldownDays: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSurveySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactCooldownDays: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactCooldownDays: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSurveyFollowupAssignees: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listOpenSurveys: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier answer: when it is still current the answer is 304 with no body. */
                "if-none-match"?: string;
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Identifies this body; send it back as If-None-Match. */
                    ETag?: string;
                    /** @description `public, max-age=0, must-revalidate` without credentials, `private, no-cache` with them (revalidate each time); read-only pages may add `stale-while-revalidate`. Answers for staff are `private, no-store`. */
                    "Cache-Control"?: string;
                    /** @description Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace */
                    Vary?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            welcome: {
                                en: string;
                                "zh-CN": string;
                            };
                        }[];
                    };
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current; no body. */
            304: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier answer: when it is still current the answer is 304 with no body. */
                "if-none-match"?: string;
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Identifies this body; send it back as If-None-Match. */
                    ETag?: string;
                    /** @description `public, max-age=0, must-revalidate` without credentials, `private, no-cache` with them (revalidate each time); read-only pages may add `stale-while-revalidate`. Answers for staff are `private, no-store`. */
                    "Cache-Control"?: string;
                    /** @description Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace */
                    Vary?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        welcome: {
                            en: string;
                            "zh-CN": string;
                        };
                        thanks: {
                            en: string;
                            "zh-CN": string;
                        };
                        questions: {
                            id: string;
                            /** @enum {string} */
                            type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @default false */
                            required: boolean;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            choices?: {
                                id: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            }[];
                            kano?: {
                                functional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                dysfunctional: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                ideaId?: string | null;
                            };
                            /** @default [] */
                            branches: {
                                when: {
                                    /** @enum {string} */
                                    op: "eq" | "lte" | "gte" | "includes" | "answered";
                                    value?: number | string;
                                };
                                goTo: string | "end";
                            }[];
                        }[];
                        anonymous: boolean;
                        closedReason: string | null;
                    };
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current; no body. */
            304: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    startSurveyResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token of a personal link */
                    invitation?: string;
                    /**
                     * @default link
                     * @enum {string}
                     */
                    channel?: "link" | "personal_link" | "email" | "widget" | "feedback_button" | "event" | "portal";
                    touchpoint?: string;
                    /**
                     * @default zh-CN
                     * @enum {string}
                     */
                    locale?: "zh-CN" | "en";
                };
            };
        };
        responses: {
            /** @description Created; read it at `/api/v1/survey-responses/{id}`, as the `Location` header says. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Send it back to save or resume this response */
                        token: string;
                        /** @enum {string} */
                        status: "in_progress" | "completed";
                        answers: {
                            [key: string]: unknown;
                        };
                        survey: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            welcome: {
                                en: string;
                                "zh-CN": string;
                            };
                            thanks: {
                                en: string;
                                "zh-CN": string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                                title: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @default false */
                                required: boolean;
                                scale?: {
                                    min: number;
                                    max: number;
                                };
                                choices?: {
                                    id: string;
                                    label: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                }[];
                                kano?: {
                                    functional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    dysfunctional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    ideaId?: string | null;
                                };
                                /** @default [] */
                                branches: {
                                    when: {
                                        /** @enum {string} */
                                        op: "eq" | "lte" | "gte" | "includes" | "answered";
                                        value?: number | string;
                                    };
                                    goTo: string | "end";
                                }[];
                            }[];
                            anonymous: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyResponse: {
        parameters: {
            query: {
                token: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Send it back to save or resume this response */
                        token: string;
                        /** @enum {string} */
                        status: "in_progress" | "completed";
                        answers: {
                            [key: string]: unknown;
                        };
                        survey: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            welcome: {
                                en: string;
                                "zh-CN": string;
                            };
                            thanks: {
                                en: string;
                                "zh-CN": string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                                title: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @default false */
                                required: boolean;
                                scale?: {
                                    min: number;
                                    max: number;
                                };
                                choices?: {
                                    id: string;
                                    label: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                }[];
                                kano?: {
                                    functional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    dysfunctional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    ideaId?: string | null;
                                };
                                /** @default [] */
                                branches: {
                                    when: {
                                        /** @enum {string} */
                                        op: "eq" | "lte" | "gte" | "includes" | "answered";
                                        value?: number | string;
                                    };
                                    goTo: string | "end";
                                }[];
                            }[];
                            anonymous: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    saveSurveyResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /** @description Question id -> answer; null clears an answer */
                    answers: {
                        [key: string]: unknown;
                    };
                    /** @default false */
                    complete?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Send it back to save or resume this response */
                        token: string;
                        /** @enum {string} */
                        status: "in_progress" | "completed";
                        answers: {
                            [key: string]: unknown;
                        };
                        survey: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            welcome: {
                                en: string;
                                "zh-CN": string;
                            };
                            thanks: {
                                en: string;
                                "zh-CN": string;
                            };
                            questions: {
                                id: string;
                                /** @enum {string} */
                                type: "nps" | "csat" | "ces" | "rating" | "single" | "multiple" | "text" | "kano";
                                title: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @default false */
                                required: boolean;
                                scale?: {
                                    min: number;
                                    max: number;
                                };
                                choices?: {
                                    id: string;
                                    label: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                }[];
                                kano?: {
                                    functional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    dysfunctional: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    ideaId?: string | null;
                                };
                                /** @default [] */
                                branches: {
                                    when: {
                                        /** @enum {string} */
                                        op: "eq" | "lte" | "gte" | "includes" | "answered";
                                        value?: number | string;
                                    };
                                    goTo: string | "end";
                                }[];
                            }[];
                            anonymous: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        optedOut: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    optOutOfSurveys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invitation?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        optedOut: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    optInToSurveys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        optedOut: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveySummary: {
        parameters: {
            query?: {
                /** @description First day (inclusive), in the workspace time zone */
                from?: string;
                /** @description Last day (inclusive) */
                to?: string;
                channel?: string;
                touchpoint?: string;
                locale?: string;
                segment?: string;
                /** @description Previous period to compare NPS with */
                compareFrom?: string;
                compareTo?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        responses: number;
                        questions: {
                            questionId: string;
                            type: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            n: number;
                            nps?: {
                                n: number;
                                promoters: number;
                                passives: number;
                                detractors: number;
                                nps: number | null;
                                interval: {
                                    low: number;
                                    high: number;
                                } | null;
                                standardError: number | null;
                                variance: number | null;
                            };
                            npsChange?: {
                                difference: number;
                                standardError: number;
                                interval: {
                                    low: number;
                                    high: number;
                                };
                                z: number;
                                significant: boolean;
                            } | null;
                            csat?: {
                                n: number;
                                satisfied: number;
                                csat: number | null;
                                interval: {
                                    low: number;
                                    high: number;
                                } | null;
                                mean: number | null;
                                distribution: {
                                    value: number;
                                    count: number;
                                }[];
                            };
                            ces?: {
                                n: number;
                                mean: number | null;
                                shareEasy: number | null;
                                interval: {
                                    low: number;
                                    high: number;
                                } | null;
                                distribution: {
                                    value: number;
                                    count: number;
                                }[];
                            };
                            rating?: {
                                n: number;
                                mean: number | null;
                                distribution: {
                                    value: number;
                                    count: number;
                                }[];
                            };
                            choices?: {
                                n: number;
                                choices: {
                                    id: string;
                                    label: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    count: number;
                                    share: number | null;
                                }[];
                            };
                            kano?: {
                                n: number;
                                valid: number;
                                counts: {
                                    A: number;
                                    O: number;
                                    M: number;
                                    I: number;
                                    R: number;
                                    Q: number;
                                };
                                category: ("A" | "O" | "M" | "I" | "R" | "Q") | null;
                                tieBroken: boolean;
                                strength: number | null;
                                fong: {
                                    a: number;
                                    b: number;
                                    threshold: number;
                                    significant: boolean;
                                } | null;
                                better: number | null;
                                worse: number | null;
                                continuous: {
                                    functional: number;
                                    dysfunctional: number;
                                    functionalSd: number;
                                    dysfunctionalSd: number;
                                    n: number;
                                } | null;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyTrend: {
        parameters: {
            query: {
                /** @description First day (inclusive), in the workspace time zone */
                from?: string;
                /** @description Last day (inclusive) */
                to?: string;
                channel?: string;
                touchpoint?: string;
                locale?: string;
                segment?: string;
                unit?: "day" | "week" | "month";
                questionId: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        questionId: string;
                        type: string;
                        /** @enum {string} */
                        unit: "day" | "week" | "month";
                        points: {
                            period: string;
                            n: number;
                            value: number | null;
                            low: number | null;
                            high: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyBreakdown: {
        parameters: {
            query: {
                /** @description First day (inclusive), in the workspace time zone */
                from?: string;
                /** @description Last day (inclusive) */
                to?: string;
                channel?: string;
                touchpoint?: string;
                locale?: string;
                segment?: string;
                by: "channel" | "touchpoint" | "locale" | "segment";
                questionId: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        questionId: string;
                        by: string;
                        groups: {
                            key: string;
                            n: number;
                            value: number | null;
                            low: number | null;
                            high: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyKano: {
        parameters: {
            query?: {
                /** @description First day (inclusive), in the workspace time zone */
                from?: string;
                /** @description Last day (inclusive) */
                to?: string;
                channel?: string;
                touchpoint?: string;
                locale?: string;
                segment?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        features: {
                            questionId: string;
                            feature: {
                                en: string;
                                "zh-CN": string;
                            };
                            ideaId: string | null;
                            result: {
                                n: number;
                                valid: number;
                                counts: {
                                    A: number;
                                    O: number;
                                    M: number;
                                    I: number;
                                    R: number;
                                    Q: number;
                                };
                                category: ("A" | "O" | "M" | "I" | "R" | "Q") | null;
                                tieBroken: boolean;
                                strength: number | null;
                                fong: {
                                    a: number;
                                    b: number;
                                    threshold: number;
                                    significant: boolean;
                                } | null;
                                better: number | null;
                                worse: number | null;
                                continuous: {
                                    functional: number;
                                    dysfunctional: number;
                                    functionalSd: number;
                                    dysfunctionalSd: number;
                                    n: number;
                                } | null;
                            };
                        }[];
                        matzlerMarginPoints: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyText: {
        parameters: {
            query: {
                /** @description First day (inclusive), in the workspace time zone */
                from?: string;
                /** @description Last day (inclusive) */
                to?: string;
                channel?: string;
                touchpoint?: string;
                locale?: string;
                segment?: string;
                questionId: string;
                unit?: "day" | "week" | "month";
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        questionId: string;
                        answers: number;
                        keywords: {
                            term: string;
                            count: number;
                        }[];
                        periods: {
                            period: string;
                            answers: number;
                            keywords: {
                                term: string;
                                count: number;
                            }[];
                        }[];
                        segments: {
                            segment: string;
                            answers: number;
                            keywords: {
                                term: string;
                                count: number;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSurveyResponses: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description First day (inclusive), in the workspace time zone */
                from?: string;
                /** @description Last day (inclusive) */
                to?: string;
                channel?: string;
                touchpoint?: string;
                locale?: string;
                segment?: string;
                /** @description Words in the open-text answers */
                q?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string | null;
                            } | null;
                            channel: string;
                            touchpoint: string | null;
                            locale: string;
                            segment: string | null;
                            entityType: string | null;
                            entityId: string | null;
                            answers: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            completedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportSurveyResponsesCsv: {
        parameters: {
            query?: {
                /** @description First day (inclusive), in the workspace time zone */
                from?: string;
                /** @description Last day (inclusive) */
                to?: string;
                channel?: string;
                touchpoint?: string;
                locale?: string;
                segment?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description attachment, with the file name */
                    "Content-Disposition"?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSurveyFollowups: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                status?: "open" | "closed";
                surveyId?: string;
                assignee?: "me" | "nobody";
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            surveyId: string;
                            surveyTitle: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** Format: uuid */
                            responseId: string;
                            questionId: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                                email: string | null;
                            } | null;
                            /** @enum {string} */
                            kind: "detractor" | "low_csat";
                            score: number;
                            comment: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            } | null;
                            notes: {
                                authorId: string | null;
                                body: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            outcome: ("contacted" | "resolved" | "no_answer") | null;
                            /** @description The same customer's next answer: the movement */
                            nextResponse: {
                                /** Format: uuid */
                                id: string;
                                score: number | null;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyFollowupRecovery: {
        parameters: {
            query?: {
                surveyId?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        open: number;
                        closed: number;
                        outcomes: {
                            contacted: number;
                            resolved: number;
                            no_answer: number;
                        };
                        detractors: number;
                        answeredAgain: number;
                        movement: {
                            detractor: number;
                            passive: number;
                            promoter: number;
                        };
                        recovered: number;
                        recoveredShare: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyFollowup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        surveyId: string;
                        surveyTitle: {
                            en: string;
                            "zh-CN": string;
                        };
                        /** Format: uuid */
                        responseId: string;
                        questionId: string;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string | null;
                            email: string | null;
                        } | null;
                        /** @enum {string} */
                        kind: "detractor" | "low_csat";
                        score: number;
                        comment: string | null;
                        /** @enum {string} */
                        status: "open" | "closed";
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string | null;
                        } | null;
                        notes: {
                            authorId: string | null;
                            body: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        outcome: ("contacted" | "resolved" | "no_answer") | null;
                        /** @description The same customer's next answer: the movement */
                        nextResponse: {
                            /** Format: uuid */
                            id: string;
                            score: number | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSurveyFollowup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId?: string | null;
                    note?: string;
                    /** @enum {string} */
                    outcome?: "contacted" | "resolved" | "no_answer";
                    close?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        surveyId: string;
                        surveyTitle: {
                            en: string;
                            "zh-CN": string;
                        };
                        /** Format: uuid */
                        responseId: string;
                        questionId: string;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string | null;
                            email: string | null;
                        } | null;
                        /** @enum {string} */
                        kind: "detractor" | "low_csat";
                        score: number;
                        comment: string | null;
                        /** @enum {string} */
                        status: "open" | "closed";
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string | null;
                        } | null;
                        notes: {
                            authorId: string | null;
                            body: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        outcome: ("contacted" | "resolved" | "no_answer") | null;
                        /** @description The same customer's next answer: the movement */
                        nextResponse: {
                            /** Format: uuid */
                            id: string;
                            score: number | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    matchWidgetSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A Cocreate.track() name; absent: the feedback button */
                    event?: string;
                    /**
                     * @default zh-CN
                     * @enum {string}
                     */
                    locale?: "zh-CN" | "en";
                    /**
                     * Format: date-time
                     * @description When this browser was last shown a survey: the contact budget of anonymous visitors
                     */
                    askedAt?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string | null;
                        reason: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWidgetFrame: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMyCases: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            type: "complaint" | "repair" | "question";
                            /** @enum {string} */
                            status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                            subject: string;
                            product: string;
                            model: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            safety: boolean;
                            /** @enum {string} */
                            channel: "portal" | "phone" | "email" | "store";
                            teamId: string | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createMyCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "complaint" | "repair" | "question";
                    subject: string;
                    description: string;
                    /** @default  */
                    product?: string;
                    /** @default  */
                    model?: string;
                    /** @default  */
                    serialNumber?: string;
                    /** @default null */
                    purchaseDate?: string | null;
                    /** @default  */
                    requestedRemedy?: string;
                    /** @default false */
                    safetyConcern?: boolean;
                    /** @default [] */
                    fileIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created; read it at `/api/v1/my/cases/{id}`, as the `Location` header says. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMyCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createMyCaseMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default [] */
                    fileIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    decideOnRemedies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    accept: true;
                    /** Format: uuid */
                    offerId: string;
                    slotId?: string;
                } | {
                    /** @enum {boolean} */
                    accept: false;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    escalateMyCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    reopenMyCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rateMyCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                    /** @default  */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCaseSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        externalRecourse: string;
                        reopenDays: number;
                        warnMinutes: number;
                        defaultTeamId: string | null;
                        defaultWarrantyMonths: number;
                        warrantyTerms: {
                            product: string;
                            months: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCaseSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    remedyMenu: {
                        key: string;
                        labelEn: string;
                        labelZh: string;
                    }[];
                    externalRecourse: string;
                    reopenDays: number;
                    warnMinutes: number;
                    defaultTeamId: string | null;
                    defaultWarrantyMonths: number;
                    warrantyTerms: {
                        product: string;
                        months: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        externalRecourse: string;
                        reopenDays: number;
                        warnMinutes: number;
                        defaultTeamId: string | null;
                        defaultWarrantyMonths: number;
                        warrantyTerms: {
                            product: string;
                            months: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCaseSlaPolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            caseType: "*" | "complaint" | "repair" | "question";
                            firstResponseMinutes: number;
                            nextResponseMinutes: number;
                            resolutionMinutes: number;
                        }[];
                        defaults: {
                            [key: string]: {
                                firstResponseMinutes: number;
                                nextResponseMinutes: number;
                                resolutionMinutes: number;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCaseSlaPolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        caseType: "*" | "complaint" | "repair" | "question";
                        firstResponseMinutes: number;
                        nextResponseMinutes: number;
                        resolutionMinutes: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            caseType: "*" | "complaint" | "repair" | "question";
                            firstResponseMinutes: number;
                            nextResponseMinutes: number;
                            resolutionMinutes: number;
                        }[];
                        defaults: {
                            [key: string]: {
                                firstResponseMinutes: number;
                                nextResponseMinutes: number;
                                resolutionMinutes: number;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCaseCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date */
                            day: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            /** @default  */
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCaseCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        /** Format: date */
                        day: string;
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        /** @default  */
                        name?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date */
                            day: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            /** @default  */
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCaseTeams: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            /** @enum {string} */
                            assignment: "manual" | "round_robin" | "least_loaded";
                            /** @default [] */
                            memberIds: string[];
                            /** Format: uuid */
                            id: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCaseTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    assignment: "manual" | "round_robin" | "least_loaded";
                    /** @default [] */
                    memberIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        assignment: "manual" | "round_robin" | "least_loaded";
                        /** @default [] */
                        memberIds: string[];
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCaseTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    assignment: "manual" | "round_robin" | "least_loaded";
                    /** @default [] */
                    memberIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        assignment: "manual" | "round_robin" | "least_loaded";
                        /** @default [] */
                        memberIds: string[];
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCaseRootCauses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            parentId: string | null;
                            path: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCaseRootCause: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default null */
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCaseRootCause: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCaseMacros: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            body: string;
                            /** @default false */
                            internal: boolean;
                            /** Format: uuid */
                            id: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCaseMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    body: string;
                    /** @default false */
                    internal?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        body: string;
                        /** @default false */
                        internal: boolean;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCaseMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    body: string;
                    /** @default false */
                    internal?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        body: string;
                        /** @default false */
                        internal: boolean;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCaseMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    fillCaseMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
                macroId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        internal: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCaseReport: {
        parameters: {
            query: {
                /** @description First day (inclusive), workspace time zone */
                from: string;
                /** @description Last day (inclusive) */
                to: string;
                groupBy?: "team" | "agent" | "product" | "cause" | "type";
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: {
                            key: string | null;
                            label: string;
                            volume: number;
                            resolved: number;
                            avgFirstResponseMinutes: number | null;
                            avgResolutionMinutes: number | null;
                            slaCompliance: number | null;
                            remedyAcceptance: number | null;
                            reopenRate: number | null;
                            avgSatisfaction: number | null;
                        }[];
                        daily: {
                            day: string;
                            received: number;
                            resolved: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportCaseReportCsv: {
        parameters: {
            query: {
                /** @description First day (inclusive), workspace time zone */
                from: string;
                /** @description Last day (inclusive) */
                to: string;
                groupBy?: "team" | "agent" | "product" | "cause" | "type";
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description attachment, with the file name */
                    "Content-Disposition"?: string;
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCases: {
        parameters: {
            query?: {
                view?: "all" | "mine" | "team" | "unassigned" | "breaching" | "safety" | "resolved";
                status?: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                type?: "complaint" | "repair" | "question";
                priority?: "low" | "normal" | "high" | "urgent";
                teamId?: string;
                assigneeId?: string;
                customerId?: string;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            type: "complaint" | "repair" | "question";
                            /** @enum {string} */
                            status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                            subject: string;
                            product: string;
                            model: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            safety: boolean;
                            /** @enum {string} */
                            channel: "portal" | "phone" | "email" | "store";
                            teamId: string | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "complaint" | "repair" | "question";
                    subject: string;
                    description: string;
                    /** @default  */
                    product?: string;
                    /** @default  */
                    model?: string;
                    /** @default  */
                    serialNumber?: string;
                    /** @default null */
                    purchaseDate?: string | null;
                    /** @default  */
                    requestedRemedy?: string;
                    /** @default false */
                    safetyConcern?: boolean;
                    /** @default [] */
                    fileIds?: string[];
                    /**
                     * @default phone
                     * @enum {string}
                     */
                    channel?: "phone" | "email" | "store";
                    customer: {
                        /** Format: email */
                        email: string;
                        name: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created; read it at `/api/v1/cases/{id}`, as the `Location` header says. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type?: "complaint" | "repair" | "question";
                    /** @enum {string} */
                    severity?: "low" | "medium" | "high" | "critical";
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    safety?: boolean;
                    warrantyMonths?: number;
                    purchaseDate?: string | null;
                    product?: string;
                    model?: string;
                    /** @enum {string} */
                    status?: "open" | "waiting_on_customer";
                    rootCauseId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCaseHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            actor: string;
                            action: string;
                            changes: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    assignCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    teamId?: string | null;
                    assigneeId?: string | null;
                    /**
                     * @description Pick the agent by the team's rule (round-robin or least-loaded)
                     * @default false
                     */
                    auto?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCaseMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default false */
                    internal?: boolean;
                    /** @default [] */
                    fileIds?: string[];
                    /** @default false */
                    waitOnCustomer?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    offerRemedies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    offers: {
                        remedy: string;
                        terms: string;
                        /** @default [] */
                        slots?: {
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        }[];
                    }[];
                    /** @default  */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    markRemedyCarriedOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resolveCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                    rootCauseId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    mergeCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    intoCaseId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkCaseToIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    ideaId: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkCaseFromIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    inviteToCocreation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        type: "complaint" | "repair" | "question";
                        /** @enum {string} */
                        status: "new" | "open" | "waiting_on_customer" | "remedy_offered" | "remedy_accepted" | "remedy_rejected" | "carried_out" | "resolved" | "merged";
                        subject: string;
                        product: string;
                        model: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        safety: boolean;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "store";
                        teamId: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        } | null;
                        slaDueAt: string | null;
                        slaBreached: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time
                         */
                        updatedAt: string;
                        description: string;
                        descriptionHtml: string;
                        serialNumber: string;
                        purchaseDate: string | null;
                        requestedRemedy: string;
                        /** @enum {string} */
                        warrantyStatus: "in_warranty" | "out_of_warranty" | "unknown";
                        warrantyUntil: string | null;
                        warrantyMonths: number | null;
                        rootCauseId: string | null;
                        idea: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | null;
                        mergedInto: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                        } | null;
                        escalatedAt: string | null;
                        declineReason: string | null;
                        firstResponseDueAt: string | null;
                        firstRespondedAt: string | null;
                        nextResponseDueAt: string | null;
                        resolutionDueAt: string | null;
                        slaPaused: boolean;
                        resolvedAt: string | null;
                        reopenUntil: string | null;
                        reopenedCount: number;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        invitedToCocreation: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            contentType: string;
                            size: number;
                            width: number;
                            height: number;
                        }[];
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            authorKind: "customer" | "agent" | "system";
                            author: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            internal: boolean;
                            body: string;
                            bodyHtml: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                size: number;
                                width: number;
                                height: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        offers: {
                            /** Format: uuid */
                            id: string;
                            round: number;
                            remedy: string;
                            terms: string;
                            slots: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            }[];
                            /** @enum {string} */
                            status: "offered" | "accepted" | "declined" | "superseded";
                            chosenSlot: {
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 time
                                 */
                                endsAt: string;
                            } | null;
                            declineReason: string | null;
                            decidedAt: string | null;
                            carriedOutAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 time
                             */
                            createdAt: string;
                        }[];
                        remedyMenu: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                        }[];
                        escalation: {
                            internal: boolean;
                            externalRecourse: string;
                        };
                        canReopen: boolean;
                        canRate: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    bulkUpdateCases: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API key; anonymous requests run as if they sent none) runs, and for 24 hours every retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The workspace an anonymous request is about, by slug or id (default: the first workspace). With a session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; naming none that exists is `404 workspace_not_found`. */
                "X-Cocreate-Workspace"?: components["parameters"]["Workspace"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseIds: string[];
                    action: {
                        /** @enum {string} */
                        kind: "assign";
                        assigneeId: string | null;
                        teamId?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "priority";
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                    } | {
                        /** @enum {string} */
                        kind: "resolve";
                        /** @default  */
                        note?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
