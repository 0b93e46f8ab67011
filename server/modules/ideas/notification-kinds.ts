import { registerEmailCategory, registerNotificationKind } from '../notifications/index.js';

interface IdeaParams {
  ideaTitle: string;
  statusNames?: Record<string, string>;
  note?: string;
  intoTitle?: string;
}

const quote = { 'zh-CN': (t: string) => `「${t}」`, en: (t: string) => `“${t}”` };

registerEmailCategory({ key: 'ideas', labels: { 'zh-CN': '我关注的想法的进展', en: 'Progress on ideas I follow' } });

registerNotificationKind<IdeaParams>({
  kind: 'ideas.status_changed',
  category: 'ideas',
  templates: {
    'zh-CN': (p) => ({
      title: `想法${quote['zh-CN'](p.ideaTitle)}的状态变为：${p.statusNames?.['zh-CN'] ?? ''}`,
      body: `你关注的想法${quote['zh-CN'](p.ideaTitle)}现在是「${p.statusNames?.['zh-CN'] ?? ''}」。${p.note ? `\n说明：${p.note}` : ''}`,
    }),
    en: (p) => ({
      title: `${quote.en(p.ideaTitle)} is now ${p.statusNames?.en ?? ''}`,
      body: `The idea you follow, ${quote.en(p.ideaTitle)}, is now "${p.statusNames?.en ?? ''}".${p.note ? `\nNote: ${p.note}` : ''}`,
    }),
  },
});

registerNotificationKind<IdeaParams>({
  kind: 'ideas.answered',
  category: 'ideas',
  templates: {
    'zh-CN': (p) => ({
      title: `官方回复了想法${quote['zh-CN'](p.ideaTitle)}`,
      body: `你关注的想法${quote['zh-CN'](p.ideaTitle)}有了官方回复。${p.note ? `\n${p.note}` : ''}`,
    }),
    en: (p) => ({
      title: `Official answer on ${quote.en(p.ideaTitle)}`,
      body: `The team answered the idea you follow, ${quote.en(p.ideaTitle)}.${p.note ? `\n${p.note}` : ''}`,
    }),
  },
});

registerNotificationKind<IdeaParams>({
  kind: 'ideas.shipped',
  category: 'ideas',
  templates: {
    'zh-CN': (p) => ({
      title: `已上线：${p.ideaTitle}`,
      body: `你支持和关注的想法${quote['zh-CN'](p.ideaTitle)}已经上线，感谢你的参与！${p.note ? `\n${p.note}` : ''}`,
    }),
    en: (p) => ({
      title: `Shipped: ${p.ideaTitle}`,
      body: `The idea you supported, ${quote.en(p.ideaTitle)}, has shipped. Thank you for taking part!${p.note ? `\n${p.note}` : ''}`,
    }),
  },
});

registerNotificationKind<IdeaParams>({
  kind: 'ideas.merged',
  category: 'ideas',
  templates: {
    'zh-CN': (p) => ({
      title: `想法${quote['zh-CN'](p.ideaTitle)}已合并`,
      body: `想法${quote['zh-CN'](p.ideaTitle)}与${quote['zh-CN'](p.intoTitle ?? '')}重复，已合并；你的支持已转到后者（不会重复计算）。`,
    }),
    en: (p) => ({
      title: `${quote.en(p.ideaTitle)} was merged`,
      body: `${quote.en(p.ideaTitle)} duplicated ${quote.en(p.intoTitle ?? '')} and was merged into it; your support moved with it (counted once).`,
    }),
  },
});
