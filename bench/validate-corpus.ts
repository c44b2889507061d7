/**
 * 500 Dockerfiles as data/ML repositories have them, each in its own folder with a .dockerignore:
 * Python images with apt and pip, multi-stage Go and Node builds, conda, Databricks and CUDA
 * bases, heredocs, ARG-driven bases, continuations and comments. Seeded: the same corpus every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../test/support/seeded-random.ts';

type Pick = <T>(items: readonly T[]) => T;

const TEMPLATES: Array<(n: number, pick: Pick) => string> = [
  (n, pick) => `# syntax=docker/dockerfile:1.7
ARG PYTHON=${pick(['3.11', '3.12'])}
FROM python:\${PYTHON}-slim AS base${n}
ENV PIP_NO_CACHE_DIR=1 \\
    PYTHONDONTWRITEBYTECODE=1 \\
    LANG=C.UTF-8
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential=12.9 curl=7.88.1-10 git \\
    # keep the image small
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY src/ ./src/
RUN python -m compileall src && ${pick(['echo done', 'cd src && make all | tee /tmp/log'])}
FROM base${n} AS test
RUN pytest -q
FROM python:\${PYTHON}-slim
COPY --from=base${n} /app /app
USER ${pick(['1000', 'app', 'root'])}
EXPOSE ${pick(['8080/tcp', '8888', '80:80'])}
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/ || exit 1
CMD ${pick(['["python", "-m", "app"]', 'python -m app'])}
`,
  (n, pick) => `FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/.cache/go-build go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/svc${n} ./cmd/svc
FROM ${pick(['gcr.io/distroless/static:nonroot', 'alpine:3.20', 'scratch'])}
COPY --from=build /out/svc${n} /svc
ENTRYPOINT ["/svc"]
`,
  (n, pick) => `FROM continuumio/miniconda3:${pick(['24.1.2-0', 'latest'])}
COPY environment.yml /tmp/env${n}.yml
RUN conda env create -f /tmp/env${n}.yml && conda clean -afy
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN conda run -n ml python -c 'import torch' | tee /tmp/check
ENV PATH=/opt/conda/envs/ml/bin:$PATH
WORKDIR /workspace
COPY . .
CMD ["python", "train.py"]
`,
  (n, pick) => `FROM databricksruntime/standard:${pick(['13.3-LTS', '9.x'])}
RUN /databricks/python3/bin/pip install pandas==2.2.2 pyarrow==16.1.0
RUN ${pick(['pip install scikit-learn', 'apt-get update && apt-get install -y libgomp1'])}
COPY init${n}.sh /databricks/scripts/
`,
  (n, pick) => `ARG CUDA=12.4.1
FROM nvidia/cuda:\${CUDA}-runtime-ubuntu22.04
ARG DEBIAN_FRONTEND=noninteractive
RUN <<SCRIPT
set -eux
apt-get update
apt-get install -y python3 python3-pip
rm -rf /var/lib/apt/lists/*
SCRIPT
RUN pip3 install --no-cache-dir torch==2.3.0 vllm${pick(['', '==0.5.0'])}
COPY model${n}/ /models/
ENV HF_HOME=/models API_KEY=${pick(['', 'xyz'])}
ENTRYPOINT ["python3", "-m", "vllm.entrypoints.openai.api_server"]
`,
  (n, pick) => `FROM node:${pick(['20-alpine', '22'])} AS web${n}
WORKDIR /web
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
from nginx:1.27-alpine
copy --from=web${n} /web/dist /usr/share/nginx/html
`,
];

export function generateValidateCorpus(root: string, count = 500): void {
  const random = seededRandom(20260101);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)] as (typeof items)[number];
  for (let n = 0; n < count; n++) {
    const dir = path.join(root, 'images', `image-${String(n).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    const template = TEMPLATES[n % TEMPLATES.length] as (typeof TEMPLATES)[number];
    writeFileSync(path.join(dir, 'Dockerfile'), template(n, pick));
    writeFileSync(path.join(dir, '.dockerignore'), '.git\n*.log\n__pycache__\n');
  }
}
