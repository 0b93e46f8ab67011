// The rules the server enforces, shared with it and the widget: the questions shown given the
// answers so far, and the scale a question is answered on.
export { pathThrough, scaleOf } from '../../../../shared/survey-rules';
