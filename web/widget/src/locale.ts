import type { LocalText } from './types';

// The loader passes the host page's language in the frame's hash; Chinese unless it is English.
export const lang = /lang=en/.test(location.hash) ? 'en' : 'zh-CN';
const zh = lang === 'zh-CN';

/** The text in the frame's language. */
export const L = (t: LocalText) => (zh ? t['zh-CN'] : t.en);

export const words = zh
  ? {
      next: '下一题',
      back: '上一题',
      send: '提交',
      close: '关闭',
      none: '暂时没有可以填写的反馈表。',
      error: '出错了，请稍后再试。',
      required: '这道题必须回答。',
      kano: ['我喜欢', '理应如此', '无所谓', '能忍受', '我不喜欢'],
      low: ['完全不可能', '非常不满意', '非常不同意'],
      high: ['非常可能', '非常满意', '非常同意'],
    }
  : {
      next: 'Next',
      back: 'Back',
      send: 'Send',
      close: 'Close',
      none: 'There is no feedback form yet.',
      error: 'Something went wrong; please try again later.',
      required: 'This question needs an answer.',
      kano: ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it'],
      low: ['not at all likely', 'very dissatisfied', 'strongly disagree'],
      high: ['extremely likely', 'very satisfied', 'strongly agree'],
    };
