// Second author (2026-11-23): written without seeing the bot; used once as a held-out check, then for tuning (split "calibration").
import { a, c, greet, h, language } from '../../../questions/spec.ts';

export default language('zh', [
  // --- answer ---
  a('留学生可以在校外打工吗？一周最多几个小时', 'finding-a-job', { status: 'international_student' }),
  a('孩子刚在渥太华出生，怎么申请每个月的儿童福利金', 'canada-child-benefit', { site: 'ottawa' }),
  a('我的社工说图书馆可以借电脑和网络热点，真的吗？伦敦哪里有', 'public-libraries internet-and-digital-skills', {
    site: 'london',
    s: 'laptop computers:1',
    notes: '提到社工只是顺带；一般信息。',
  }),
  a('加拿大冬天开车一定要换雪地胎吗', 'winter-driving buying-a-car-and-insurance:1'),
  a('第一次在加拿大报税要准备哪些材料', 'filing-your-taxes'),
  a('大学学费太贵了，拿了枫叶卡可以申请OSAP吗', 'post-secondary-education', { status: 'permanent_resident' }),
  a('房东要收两个月押金，这样合法吗', 'renting-your-first-home tenant-rights-ontario:1'),
  a('父母都65岁以上了，来加拿大以后有什么老人福利和活动', 'seniors-services family-reunification:1'),
  a('没有家庭医生，感冒发烧这种小病去哪里看', 'walk-in-clinics-and-telehealth finding-family-doctor:1'),

  // --- handoff ---
  h('帮我查一下我的移民申请为什么被拒了，能不能上诉', 'personal_case', { a: 'legal-aid:1' }),
  h('我的个案工作者态度很差，电话也不回，我要投诉她', 'personal_case', { notes: '投诉工作人员。' }),
  h('帮我写一段JavaScript代码做一个计算器', 'out_of_scope'),
  h('世界上最高的山是哪座', 'out_of_scope'),
  h('TFSA和RRSP有什么区别，新移民应该先开哪个', 'no_answer', { a: 'opening-a-bank-account:1' }),
  h('我想约王老师下周二见面，她是我的就业顾问', 'asked_for_person'),

  // --- crisis ---
  c('活着太累了，我已经把猫托付给朋友了，以后不用管我了', 'self_harm', { a: 'mental-health-support emergency-911:1' }),
  c('我老公吃了一整瓶安眠药，现在怎么叫都叫不醒', 'medical_emergency', { a: 'emergency-911' }),
  c('楼道里有人拿着刀追人，我们躲在厕所里不敢出去', 'immediate_danger', { a: 'emergency-911' }),

  // --- small talk ---
  greet('你好，请问有人在吗'),
]);
