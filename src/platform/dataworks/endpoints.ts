/**
 * Where the DataWorks OpenAPI (2024-05-18) answers for a region. Pure.
 *
 * The region → endpoint map is the one the official SDKs carry (TypeScript
 * `dataworks-public-20240518/src/client.ts` `_endpointMap`, aliyun/alibabacloud-typescript-sdk
 * @ d23e6b83; the Go SDK `client/client.go` `EndpointMap`, alibabacloud-go/dataworks-public-20240518
 * @ 846decbe, agrees on the public regions): several regions, e.g. cn-qingdao and cn-huhehaote, are
 * served by the central `dataworks.aliyuncs.com`. A region outside the map gets the SDKs' `regional`
 * rule, `dataworks.<region>.aliyuncs.com`. A host name or URL given as the endpoint is used as is.
 */

const CENTRAL = 'dataworks.aliyuncs.com';

/** Public regions only; the SDK's internal and finance-cloud ids are not for CI users. */
export const DATAWORKS_REGION_ENDPOINTS: Readonly<Record<string, string>> = {
  'ap-northeast-1': 'dataworks.ap-northeast-1.aliyuncs.com',
  'ap-northeast-2': 'dataworks.ap-northeast-2.aliyuncs.com',
  'ap-south-1': CENTRAL,
  'ap-southeast-1': 'dataworks.ap-southeast-1.aliyuncs.com',
  'ap-southeast-2': CENTRAL,
  'ap-southeast-3': 'dataworks.ap-southeast-3.aliyuncs.com',
  'ap-southeast-5': 'dataworks.ap-southeast-5.aliyuncs.com',
  'cn-beijing': 'dataworks.cn-beijing.aliyuncs.com',
  'cn-chengdu': 'dataworks.cn-chengdu.aliyuncs.com',
  'cn-fujian': CENTRAL,
  'cn-hangzhou': 'dataworks.cn-hangzhou.aliyuncs.com',
  'cn-hongkong': 'dataworks.cn-hongkong.aliyuncs.com',
  'cn-huhehaote': CENTRAL,
  'cn-qingdao': CENTRAL,
  'cn-shanghai': 'dataworks.cn-shanghai.aliyuncs.com',
  'cn-shenzhen': 'dataworks.cn-shenzhen.aliyuncs.com',
  'cn-wuhan': CENTRAL,
  'cn-wulanchabu': 'dataworks.cn-wulanchabu.aliyuncs.com',
  'cn-zhangjiakou': 'dataworks.cn-zhangjiakou.aliyuncs.com',
  'eu-central-1': 'dataworks.eu-central-1.aliyuncs.com',
  'eu-west-1': 'dataworks.eu-west-1.aliyuncs.com',
  'me-central-1': 'dataworks.me-central-1.aliyuncs.com',
  'me-east-1': 'dataworks.me-east-1.aliyuncs.com',
  'us-east-1': 'dataworks.us-east-1.aliyuncs.com',
  'us-west-1': 'dataworks.us-west-1.aliyuncs.com',
};

const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/** The base URL for an endpoint input: a URL or host as given, a region id through the SDKs' map. */
export function dataWorksEndpoint(endpointOrRegion: string): string {
  const trimmed = endpointOrRegion.trim().replace(/\/+$/, '');
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (REGION_ID.test(trimmed) && !trimmed.includes('.')) {
    return `https://${DATAWORKS_REGION_ENDPOINTS[trimmed] ?? `dataworks.${trimmed}.aliyuncs.com`}`;
  }
  return `https://${trimmed}`;
}
