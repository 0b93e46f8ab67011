import { describe, expect, it } from 'vitest';
import { deriveOperationId, singular } from './operation-ids.js';

const id = (method: string, path: string, answersList = false) =>
  deriveOperationId({ method, path: `/api/v1${path}`, answersList });

describe('operation names made from method and path', () => {
  it('name the usual verbs on collections and items', () => {
    expect(id('get', '/ideas', true)).toBe('listIdeas');
    expect(id('post', '/ideas')).toBe('createIdea');
    expect(id('get', '/ideas/{id}')).toBe('getIdea');
    expect(id('patch', '/cases/{id}')).toBe('updateCase');
    expect(id('put', '/case-teams/{id}')).toBe('updateCaseTeam');
    expect(id('delete', '/case-macros/{id}')).toBe('deleteCaseMacro');
  });

  it('name what belongs to an item or a resource after its owner, in the singular', () => {
    expect(id('get', '/ideas/{id}/comments', true)).toBe('listIdeaComments');
    expect(id('post', '/ideas/{id}/comments')).toBe('createIdeaComment');
    expect(id('get', '/cases/settings')).toBe('getCaseSettings');
    expect(id('get', '/my/cases/{id}')).toBe('getMyCase');
    expect(id('get', '/me/workspaces', true)).toBe('listMyWorkspaces');
  });

  it('name actions by their verb and what they act on', () => {
    expect(id('post', '/ideas/{id}/merge')).toBe('mergeIdea');
    expect(id('post', '/admin/jobs/{id}/retry')).toBe('retryJob');
    expect(id('post', '/auth/sign-in')).toBe('signIn');
    expect(id('post', '/auth/sign-in-link/complete')).toBe('completeSignInLink');
    expect(id('post', '/invitations/accept')).toBe('acceptInvitation');
    expect(id('post', '/notifications/read-all')).toBe('readAllNotifications');
  });

  it('name CSV downloads as exports', () => {
    expect(id('get', '/surveys/{id}/responses.csv')).toBe('exportSurveyResponsesCsv');
  });

  it('make English nouns singular', () => {
    expect(
      ['ideas', 'cases', 'statuses', 'policies', 'causes', 'responses', 'addresses', 'status', 's'].map(singular),
    ).toEqual(['idea', 'case', 'status', 'policy', 'cause', 'response', 'address', 'status', 's']);
  });
});
